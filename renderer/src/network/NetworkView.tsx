/**
 * The network view: everyone I know on one canvas, me at the centre, gathered into labelled
 * regions by the chosen dimension, with filters that dim the rest, the echo chambers the
 * analysis found outlined and named, keyboard navigation with a card for the selected person, a
 * legend beside the map, a table alternative and picture export. The view refits whenever the
 * clustering, a filter or the highlight changes (until the user pans or zooms).
 * Route parameters: `echo` (a community index: highlight that echo chamber and focus on it);
 * `path` (person ids from me outwards: light the chain of introductions and its ties).
 */
import { languageOfLocale } from '../../../shared/i18n'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { measureDrift, todayIn } from '../../../shared/workflow'
import { useAnalysis } from '../analysis'
import { useNavigation } from '../core/navigation'
import { useGraph } from '../core/vault-context'
import { categoryLabel, describePerson } from './category-labels'
import { useChamberNames } from '../review'
import { EchoChamberBar } from './EchoChamberBar'
import { NetworkEmpty } from './NetworkEmpty'
import { nextInDirection } from './layout/keyboard-navigation'
import type { Direction } from './layout/keyboard-navigation'
import type { ClusterBy } from './layout/cluster-keys'
import { lastContactByPerson } from './layout/last-contact'
import { NO_FILTER, isFiltering, matchFilter } from './layout/node-filter'
import type { NodeFilter } from './layout/node-filter'
import { NetworkControls } from './NetworkControls'
import { NetworkLegend } from './NetworkLegend'
import { NetworkTable } from './NetworkTable'
import { PersonCard } from './PersonCard'
import { buildSceneModel } from './scene/build-scene-model'
import { colourOf } from './scene/draw-network'
import { downloadBlob, exportPng, exportSvg } from './scene/export-image'
import { litMask } from './scene/scene-model'
import { useThemeColours } from './theme-colours'
import { useLayoutGraph } from './use-layout-graph'
import { useNetworkScene } from './use-network-scene'

const KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }

export function NetworkView() {
  const { t, i18n } = useTranslation()
  const language = languageOfLocale(i18n.language)
  const navigation = useNavigation()
  const { route } = navigation
  const snapshot = useGraph()
  const { report } = useAnalysis()
  const colours = useThemeColours()
  const [clusterBy, setClusterBy] = useState<ClusterBy>('community')
  const [filter, setFilter] = useState<NodeFilter>(NO_FILTER)
  const [hover, setHover] = useState<{ index: number; at: { x: number; y: number } } | null>(null)
  const [focus, setFocus] = useState<number | null>(null)
  /** Where the keyboard's selection is on screen, for its card. */
  const [focusAt, setFocusAt] = useState<{ x: number; y: number } | null>(null)
  const echoParam = route.view === 'network' ? route.params?.echo : undefined
  const [highlightCommunity, setHighlightCommunity] = useState<number | null>(echoParam === undefined ? null : Number(echoParam))
  const pathParam = route.view === 'network' ? route.params?.path : undefined
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const [now] = useState(() => Date.now())
  const year = new Date(now).getFullYear()

  const communityOf = report?.communities.communityOf
  // A big graph is built in slices: until it is ready, `graph.by` may still be the previous clustering.
  const graph = useLayoutGraph(snapshot.people, snapshot.ties, clusterBy, year, communityOf)
  const chamberNames = useChamberNames(report?.echoChambers)
  // My ties' recency, drawn as the weight of the lines from me (derived from the log, like everything else).
  const warmth = useMemo(() => new Map(measureDrift(snapshot, todayIn(now)).map((tie) => [tie.personId, tie.warmth])), [snapshot, now])
  const model = useMemo(
    () =>
      buildSceneModel(
        graph,
        (id) => (graph.by === 'community' ? chamberNames.get(Number(id)) : undefined) ?? categoryLabel(graph.by, id, t, language),
        t('network.me'),
        (id) => warmth.get(id) ?? null,
      ),
    [graph, t, language, chamberNames, warmth],
  )
  const lastContact = useMemo(() => lastContactByPerson(snapshot.interactions), [snapshot.interactions])
  const bright = useMemo(
    () => (isFiltering(filter) ? matchFilter(graph.people, snapshot.ties, lastContact, filter, now) : null),
    [graph.people, snapshot.ties, lastContact, filter, now],
  )
  const chamber = report?.echoChambers.find((c) => c.circle === highlightCommunity) ?? null
  const highlight = useMemo(() => {
    // A path lights its people, and so the ties between them; a chosen echo chamber wins.
    const members = new Set(chamber ? chamber.memberIds : (pathParam ?? []))
    if (members.size === 0) return null
    return Uint8Array.from(graph.ids, (id) => Number(members.has(id)))
  }, [chamber, pathParam, graph.ids])
  const pathNames = !chamber && pathParam ? pathParam.map((id) => snapshot.people.find((person) => person.id === id)?.name ?? id) : null
  // Every echo chamber outlined and named, whatever the clustering: the map's main warning.
  const outlines = useMemo(() => {
    const indexOf = new Map(graph.ids.map((id, i) => [id, i]))
    return (report?.echoChambers ?? []).map((c) => ({
      members: Int32Array.from(c.memberIds.flatMap((id) => (indexOf.has(id) ? [indexOf.get(id)!] : []))),
      label: chamberNames.get(c.circle) ?? '',
    }))
  }, [report, graph.ids, chamberNames])
  const tags = useMemo(() => [...new Set(snapshot.people.flatMap((person) => person.tags))].sort(), [snapshot.people])

  const openPerson = useCallback((id: string) => navigation.navigate({ view: 'person', params: { id } }), [navigation])
  const {
    scene,
    progress: layoutProgress,
    failed: layoutFailed,
    retry: retryLayout,
  } = useNetworkScene(canvasRef, graph, model, `${graph.by}:${communityOf ? 'c' : '-'}`, colours, {
    onHover: (index, at) => setHover(index === null || at === null ? null : { index, at }),
    onOpen: (index) => openPerson(graph.ids[index]),
  })

  const progress = layoutProgress.graph === graph ? layoutProgress : { graph, settled: false, fraction: 0 }
  useEffect(() => scene.current?.setState({ bright, highlight, focus, outlines }), [scene, bright, highlight, focus, outlines])
  // Refit on every change of what is shown: the people left bright (with me), or everyone.
  useEffect(() => {
    const lit = litMask(graph.ids.length, { bright, highlight, focus: null, hover: null, outlines: [] })
    scene.current?.setFitTarget(lit === null ? null : Int32Array.from(Array.from(lit).flatMap((flag, i) => (flag ? [i] : []))))
  }, [scene, graph, bright, highlight])

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const direction = KEYS[event.key]
    const lit = litMask(graph.ids.length, { bright, highlight, focus: null, hover: null, outlines: [] })
    if (direction) {
      const xy = scene.current?.positions()
      if (!xy) return
      const next = nextInDirection(xy, focus ?? -1, direction, lit ? (i) => lit[i] === 1 : undefined)
      if (next !== null) {
        setFocus(next)
        scene.current?.reveal(next)
        setFocusAt(scene.current?.screenOf(next) ?? null)
      }
      event.preventDefault()
    } else if (event.key === 'Enter' && focus !== null && focus >= 0) {
      openPerson(graph.ids[focus])
    } else if (event.key === 'Escape' || event.key === 'Home') {
      setFocus(-1)
      setFocusAt(null)
      scene.current?.reveal(-1)
      event.preventDefault()
    }
  }

  const legendEntries = model.categories.map((category) => ({ label: category.label, colour: colourOf(colours, category.colourIndex), count: category.size }))
  const legendTitle = t('network.legendTitle', { dimension: t(`network.dimension.${graph.by}`) })
  const exportPicture = async (kind: 'png' | 'svg') => {
    const current = scene.current
    if (!current) return
    const { width, height } = current.size()
    const frame = { width, height, transform: current.getTransform() }
    const title = `${t('network.title')} — ${legendTitle}`
    if (kind === 'png') downloadBlob(await exportPng(frame, current.sceneData(), colours, title, legendEntries), 'kizuna-network.png')
    else downloadBlob(new Blob([exportSvg(frame, current.sceneData(), colours, title, legendEntries)], { type: 'image/svg+xml' }), 'kizuna-network.svg')
  }

  const focusedPerson = focus !== null && focus >= 0 ? (graph.people[focus] ?? null) : null
  const announcement =
    focus === -1 ? t('network.focusedMe') : focusedPerson ? t('network.focused', { name: focusedPerson.name, ...describePerson(focusedPerson, t, language, year) }) : ''
  const hovered = hover ? graph.people[hover.index] : null
  // The card follows the pointer, else the keyboard's selection.
  const card = hovered && hover ? { person: hovered, at: hover.at } : focusedPerson && focusAt ? { person: focusedPerson, at: focusAt } : null
  const hasPeople = snapshot.people.length > 0

  return (
    <section className="view network-view" aria-labelledby="network-title">
      <h1 id="network-title">{t('network.title')}</h1>
      {!hasPeople && <NetworkEmpty />}
      <div hidden={!hasPeople}>
        <NetworkControls clusterBy={clusterBy} onClusterBy={setClusterBy} filter={filter} onFilter={setFilter} tags={tags} />
        <EchoChamberBar chambers={report?.echoChambers ?? []} names={chamberNames} highlighted={highlightCommunity} onHighlight={setHighlightCommunity} />
        <div className="network-body">
          <div className="network-stage" data-layout={progress.settled ? 'settled' : 'running'} data-highlighted={highlight ? (chamber?.memberIds.length ?? pathParam?.length) : 0}>
            <div className="network-actions">
              <button type="button" onClick={() => scene.current?.fit()}>
                {t('network.fit')}
              </button>
              <button type="button" onClick={() => void exportPicture('png')}>
                {t('network.exportPng')}
              </button>
              <button type="button" onClick={() => void exportPicture('svg')}>
                {t('network.exportSvg')}
              </button>
            </div>
            <div className="network-canvas-box">
              <canvas
                ref={canvasRef}
                className="network-canvas"
                tabIndex={0}
                role="application"
                aria-roledescription={t('network.roleDescription')}
                aria-label={t('network.canvasLabel', { count: graph.ids.length })}
                aria-describedby="network-help"
                onKeyDown={onKeyDown}
                onFocus={() => setFocus((current) => current ?? -1)}
              />
              {card && <PersonCard person={card.person} at={card.at} language={language} year={year} />}
              <p className="network-progress" role="status">
                {layoutFailed ? t('network.layoutFailed') : progress.settled ? '' : t('network.layoutRunning', { percent: Math.round(progress.fraction * 100) })}
                {layoutFailed && (
                  <button type="button" onClick={retryLayout}>
                    {t('app.retry')}
                  </button>
                )}
                {chamber && t('network.highlighted', { count: chamber.memberIds.length })}
                {pathNames && pathNames.length > 0 && t('network.pathShown', { target: pathNames[pathNames.length - 1], names: pathNames.join(' → ') })}
              </p>
            </div>
          </div>
          <NetworkLegend title={legendTitle} entries={legendEntries} outlined={outlines.length > 0} />
        </div>
        <p id="network-help" className="hint">
          {t('network.keyboardHelp')}
        </p>
        <p className="visually-hidden network-announcer" aria-live="polite">
          {announcement}
        </p>
        <NetworkTable
          people={graph.people}
          categoryOf={(i) => model.categories[model.clusterOfNode[i]].label}
          degree={model.degree}
          lastContact={lastContact}
          lit={litMask(graph.ids.length, { bright, highlight, focus: null, hover: null, outlines: [] })}
          onOpen={openPerson}
        />
      </div>
    </section>
  )
}
