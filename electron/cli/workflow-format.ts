/** Plain-text output of the workflow commands (`--json` prints the result as it is). */
import type { CommandResults } from '../node/commands'
import { isWorkflowCommandName, type WorkflowCommandName } from '../node/commands/workflow-command-schema'

export { isWorkflowCommandName }

export function formatWorkflowResult(name: WorkflowCommandName, result: unknown, json: boolean): string {
  if (json) return `${JSON.stringify(result, null, 2)}\n`
  switch (name) {
    case 'event.add': {
      const { eventId, personIds } = result as CommandResults['event.add']
      return `${eventId}\n${personIds.map((id) => `  met ${id}\n`).join('')}`
    }
    case 'today': {
      const { date, items } = result as CommandResults['today']
      if (items.length === 0) return `Nothing due on ${date}.\n`
      const rows = items.map((item) => {
        const when = item.daysOverdue > 0 ? `${item.daysOverdue} days overdue` : item.daysOverdue === 0 ? 'due today' : `due ${item.dueOn}`
        return `${item.kind.padEnd(14)} ${item.name.padEnd(24)} ${when}  (${item.personId})\n`
      })
      return `Due on ${date}:\n${rows.join('')}`
    }
    default:
      return `${(result as { id: string }).id}\n`
  }
}
