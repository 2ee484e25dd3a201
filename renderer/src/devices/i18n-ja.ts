/** 日本語: デバイス機能の同期のお知らせ(別のデバイスによる大量削除、デバイスごとの同期状況)。`deviceSync` に入る。 */
import type { Translation } from '../i18n'
import type { deviceSyncEn } from './i18n-en'

export const deviceSyncJa: Translation<typeof deviceSyncEn> = {
  removal: {
    text: '{{time}}、「{{device}}」が{{of, number}}人中{{count, number}}人をゴミ箱に移しました。',
    restore_one: '{{count, number}}人を元に戻す',
    restore_other: '{{count, number}}人を元に戻す',
    keep: 'このままにする',
    confirmTitle_one: '「{{device}}」がゴミ箱に移した{{count, number}}人を元に戻しますか？',
    confirmTitle_other: '「{{device}}」がゴミ箱に移した{{count, number}}人を元に戻しますか？',
    confirmBody:
      'ネットワークを、「{{device}}」からの変更が届く直前の{{time}}の状態に戻します。それ以降の変更も戻りますが、今の状態はバックアップとして残るので、あとから戻せます。',
    confirm_one: '{{count, number}}人を元に戻す',
    confirm_other: '{{count, number}}人を元に戻す',
    cancel: 'キャンセル',
    restored_one: '「{{device}}」がゴミ箱に移した{{count, number}}人を元に戻しました。戻す前の状態はバックアップとして残っています。',
    restored_other: '「{{device}}」がゴミ箱に移した{{count, number}}人を元に戻しました。戻す前の状態はバックアップとして残っています。',
    dismiss: '閉じる',
    failed: '実行できませんでした：{{message}}',
  },
  pending: {
    upToDate: 'このデバイスの変更はすべて届いています',
    waiting_one: 'このデバイスの変更のうち{{count, number}}件が未確認です',
    waiting_other: 'このデバイスの変更のうち{{count, number}}件が未確認です',
    unknown: 'まだ同期が確認されていません',
  },
}
