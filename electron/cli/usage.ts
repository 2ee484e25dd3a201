/** The `kizuna` help text and version. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AGE_BANDS, EVENT_KINDS, INTERACTION_KINDS, OPPORTUNITY_KINDS, ROLES, TIE_KINDS } from '../../shared/graph'

/** Where descriptions start, and the width the help wraps at. */
const COLUMN = ' '.repeat(36)
const WIDTH = 103

/**
 * `lead`, then the ids as "a | b | c", then `tail`, wrapped at WIDTH onto lines that start in the
 * description column: the help's lists come from shared/graph's tuples, so they never drift.
 */
function listed(lead: string, ids: readonly string[], tail = ''): string {
  // "id |" stays one word so a line never starts with the bar.
  const choices = ids.map((id, i) => (i < ids.length - 1 ? `${id} |` : `${id}${tail.startsWith(' ') ? '' : tail}`))
  const words = [...lead.trim().split(' '), ...choices, ...(tail.startsWith(' ') ? tail.trim().split(' ') : [])]
  const lines = [words[0]]
  for (const word of words.slice(1)) {
    if (COLUMN.length + lines[lines.length - 1].length + 1 + word.length > WIDTH) lines.push(word)
    else lines[lines.length - 1] += ` ${word}`
  }
  return lines.join(`\n${COLUMN}`)
}

export const USAGE = `Usage: kizuna [--data DIR] <command> [options]

Works on the vault in DIR (default: the desktop app's data folder, or $KIZUNA_DATA_DIR).
While the app or another Kizuna process has the vault open, commands go through it.

Commands:
  init                              Create an empty vault in DIR (nothing happens if one exists)
  person add --name NAME [options]  Add a person; prints the new id
      --reading R        phonetic reading (furigana)
      --role ROLE        ${ROLES.join(' | ')} (repeatable)
      --occupation ISCO  ISCO-08 major group (0-9) or sub-major group (e.g. 25)
      --industry ISIC    ISIC Rev.4 section (A-U)
      --value V          a Schwartz value, e.g. achievement (repeatable, at most 3)
      --birth-year Y     e.g. 1985
      --gender G         a gender id of the vault, e.g. woman | man | non-binary
      --tag T            (repeatable)
  person list [--trash] [--json]    List people (or the trash)
  person show ID [--json]           Show one person
  person delete ID                  Move a person to the trash
  person restore ID                 Bring a person back from the trash
  tie add ID1 ID2 [--kind K] [--strength S]
                                    ${listed('Link two people; K: ', TIE_KINDS, ',')}
                                    S: 1-3
  tie list [--json]                 List ties
  interaction add --kind K --person ID... [--date D] [--note N]
                                    ${listed('Log what passed between you and people; K: ', INTERACTION_KINDS, ' (D: YYYY-MM-DD, default today)')}
  event add --name N --date D [--kind K] [--where W] --met NAME[:EXCHANGE]...
                                    An event and the people first met there (each added with a
                                    ${listed('follow-up due soon); K: ', EVENT_KINDS)}
  project add --name N [--member ID...] [--start D] [--end D] [--deadline D] [--finished D]
              [--role R] [--notes N] [--learned L] [--chores yes|no]
                                    A joint project; --chores: whether you took on unowned chores
  opportunity add --title T --date D [--kind K] [--via ID...] [--field ISIC] [--note N]
                                    ${listed('An opportunity; --via in order, nearest to you first (the last one brought it); K: ', OPPORTUNITY_KINDS)}
  today [--date D] [--days N] [--json]
                                    Follow-ups and keep-in-touch items due (or within N days)
  export --format F FILE            Write the vault as F: json (the whole vault, restorable) | csv |
                                    vcard | gexf | graphml | egor (three CSVs named FILE-egos.csv,
                                    FILE-alters.csv, FILE-aaties.csv); FILE "-" is stdout
  import FILE [--format F] [--dry-run] [--on-duplicate merge|keep|skip] [--merge-suggestions] [--since D] [--json] [--progress]
                                    Import contacts, all or nothing; F: vcard | linkedin | google |
                                    json | ics (default: detected). Duplicates (same email or phone) are
                                    merged unless told otherwise; similar names are only listed as
                                    suggestions and kept as new people unless --merge-suggestions;
                                    --dry-run shows what would happen and writes nothing. A calendar
                                    (.ics): past meetings since D (default a year ago) with people
                                    you know (by email) become interactions, people met in the last
                                    two weeks follow-ups. Through a running app or sync serve, the
                                    import runs there as a job with its progress on stderr when
                                    that is a terminal (--progress: one line per step anywhere)
  analyze [--json]                  The network analysis report
  consult TOPIC [--date D] [--limit N] [--lang en|ja] [--json]
                                    Whom to ask about TOPIC (in English or Japanese), best first,
                                    each with why: what they know, how they differ from you and
                                    your advisors, your last contact, who links you (D: the day
                                    taken as today, default today)
  reach PERSON | --field ISIC | --age-band B [--date D] [--limit N] [--lang en|ja] [--json]
                                    The best chains of introductions to a person (id or name) or
                                    ${listed(
                                      'to a kind of person, and whom to ask first; B: ',
                                      AGE_BANDS.map((band) => band.id),
                                    )}
  sync serve [--host H] [--port P] [--name N] [--no-mdns]
                                    Run an always-on sync peer (no window) until Ctrl-C;
                                    listens on H:P (default 0.0.0.0:47120)
  pair invite [--yes] [--port P] [--minutes M]
                                    Show a one-time pairing code (and QR), wait for the other
                                    device, confirm the four words (--yes: without asking)
  pair join CODE [--yes]            Pair with the device that shows CODE
  devices list [--json]             This device and the paired devices
  devices revoke ID                 Remove a paired device for good (the vault key rotates)
  sync now [--json]                 Sync with every reachable paired device (and the sync
                                    folder), then exit
  sync folder PATH [--json]         One round through a sync folder (Syncthing, Dropbox, ...)
  sync status [--json]              The sync status
  sync restore-removal [--json]     Undo the last change from another device that removed most
                                    people: restores the backup kept just before it (the state
                                    replaced is kept as a backup too)
  help                              Show this help
  --version                         Print the version

Exit status: 0 done, 1 bad command line, 2 the data or the vault (unknown id, invalid value,
vault locked or unreadable). Nothing is written when a command fails.
`

/**
 * The help of one command or group: the lines of USAGE that describe it (a command line and its
 * indented continuation), or the whole help when nothing matches.
 */
export function usageOf(topic: string | undefined): string {
  if (!topic) return USAGE
  const picked: string[] = []
  let taking = false
  for (const line of USAGE.split('\n').slice(USAGE.split('\n').indexOf('Commands:') + 1)) {
    if (line === '') break
    if (/^ {2}\S/.test(line)) taking = line.slice(2) === topic || line.slice(2).startsWith(`${topic} `)
    if (taking) picked.push(line)
  }
  return picked.length === 0 ? USAGE : `Usage: kizuna [--data DIR] ${topic} [options]\n\n${picked.join('\n')}\n`
}

/** The version in Kizuna's package.json, found upwards from this file (source or bundle). */
export function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 5; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
      if (pkg.name === 'kizuna' && pkg.version) return pkg.version
    } catch {
      // No package.json at this level; keep looking upwards.
    }
    dir = dirname(dir)
  }
  return 'unknown'
}
