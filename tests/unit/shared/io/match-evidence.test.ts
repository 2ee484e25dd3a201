/** The identity rule (match-evidence.ts), case by case: what is shared, and who has their own. */
import { describe, expect, it } from 'vitest'
import { judgeMatch } from '../../../../shared/io/match-evidence'

const h = (emails: string[], phones: string[]) => ({ emails, phones })

describe('judgeMatch', () => {
  it('decides from what is shared and what each has of their own', () => {
    const cases: [string, Parameters<typeof judgeMatch>, ReturnType<typeof judgeMatch>][] = [
      ['same key, whatever else', [['same-key'], h(['a'], []), h(['b'], [])], { reasons: ['same-key'], certain: true }],
      ['shared email, a new mobile', [['email'], h(['a'], ['1']), h(['a'], ['2'])], { reasons: ['email'], certain: true }],
      ['shared email, each another email', [['email'], h(['a', 'x'], []), h(['a', 'y'], [])], { reasons: ['email', 'own-handles'], certain: false }],
      ['shared email and phone, each another email', [['email', 'phone'], h(['a', 'x'], ['1']), h(['a', 'y'], ['1'])], { reasons: ['email', 'phone'], certain: true }],
      ['shared phone only', [['phone'], h([], ['1']), h(['a'], ['1'])], { reasons: ['phone'], certain: true }],
      ['company line, each their own email', [['phone'], h(['a'], ['1', '2']), h(['b'], ['1'])], { reasons: ['phone', 'own-handles'], certain: false }],
      ['shared phone, each another phone', [['phone'], h([], ['1', '2']), h([], ['1', '3'])], { reasons: ['phone', 'own-handles'], certain: false }],
      ['similar name, each their own email', [['similar-name'], h(['a'], []), h(['b'], [])], null],
      ['similar name, each their own phone', [['same-name'], h([], ['1']), h(['a'], ['2'])], null],
      ['similar name, one without details', [['similar-name'], h(['a'], ['1']), h([], [])], { reasons: ['similar-name'], certain: false }],
      ['email on one side, phone on the other', [['same-name', 'similar-name'], h(['a'], []), h([], ['1'])], { reasons: ['same-name'], certain: false }],
      ['ids decide (Kizuna JSON): a shared email only suggests', [['email'], h(['a'], []), h(['a'], []), true], { reasons: ['email'], certain: false }],
    ]
    expect(cases.map(([what, args]) => [what, judgeMatch(...args)])).toEqual(cases.map(([what, , want]) => [what, want]))
  })
})
