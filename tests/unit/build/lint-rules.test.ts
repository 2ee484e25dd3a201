/**
 * The lint gate's layering rules, each shown on a fixture that breaks it (tests/fixtures/lint):
 * the repository's own eslint.config.js lints a small tree shaped like the repository, and the
 * whole result (file -> rules broken) is compared at once, so removing or loosening a rule fails
 * here. Type-aware rules are switched off: the fixtures belong to no tsconfig.
 */
import { ESLint } from 'eslint'
import { join, relative } from 'node:path'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const repo = join(import.meta.dirname, '../../..')
const fixtures = join(repo, 'tests/fixtures/lint')

async function lintFixtures(): Promise<Record<string, string[]>> {
  const eslint = new ESLint({
    cwd: fixtures,
    overrideConfigFile: join(repo, 'eslint.config.js'),
    overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false, project: null } } }],
    ignore: false,
  })
  const results = await eslint.lintFiles(['**/*.ts', '**/*.tsx'])
  const broken: Record<string, string[]> = {}
  for (const result of results) {
    broken[relative(fixtures, result.filePath)] = [...new Set(result.messages.map((m) => m.ruleId ?? m.message))].sort()
  }
  return broken
}

describe('lint layering rules', () => {
  it('each fixture breaks exactly the rule its header names', async () => {
    expect(await lintFixtures()).toEqual({
      'shared/loop/a.ts': ['local/no-import-cycle'],
      'shared/loop/b.ts': ['local/no-import-cycle'],
      'shared/loop/types-a.ts': [],
      'shared/loop/types-b.ts': [],
      'shared/graph/index.ts': [],
      'shared/graph/types.ts': [],
      'electron/node/uses-electron.ts': ['no-restricted-imports'],
      'electron/cli/uses-electron.ts': ['no-restricted-imports'],
      'electron/main/uses-electron.ts': [],
      'renderer/src/core/uses-node.tsx': ['no-restricted-imports'],
      'renderer/src/core/deep-shared.ts': ['local/shared-through-index'],
      'renderer/src/core/through-index.ts': [],
      'renderer/src/core/imports-feature.ts': ['local/feature-boundaries'],
      'renderer/src/workflow/index.ts': [],
      'renderer/src/workflow/today-view.ts': [],
      'renderer/src/workflow/imports-shell.ts': ['local/feature-boundaries'],
      'renderer/src/people/reaches-internals.ts': ['local/feature-boundaries'],
      'renderer/src/people/through-index.ts': [],
      'renderer/src/app/shell.ts': [],
    })
  })

  it('names the whole cycle and the rule a message breaks', async () => {
    const eslint = new ESLint({
      cwd: fixtures,
      overrideConfigFile: join(repo, 'eslint.config.js'),
      overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false, project: null } } }],
      ignore: false,
    })
    const [cycle] = await eslint.lintFiles(['shared/loop/a.ts'])
    expect(cycle?.messages.map((m) => m.message)).toEqual(['Import cycle: shared/loop/a.ts -> shared/loop/b.ts -> shared/loop/a.ts.'])
    const [internals] = await eslint.lintFiles(['renderer/src/people/reaches-internals.ts'])
    expect(internals?.messages.map((m) => m.message)).toEqual(["'workflow' is a feature: import it through 'workflow/index', not its internals."])
  })
})
