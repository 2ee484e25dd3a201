/**
 * Fictional names for the sample network: Japanese family and given names with their kana
 * readings, and names from elsewhere. Any likeness to real people is coincidence.
 */

export interface NamePart {
  kanji: string
  kana: string
}

export const FAMILY_NAMES: readonly NamePart[] = [
  { kanji: '佐藤', kana: 'さとう' },
  { kanji: '鈴木', kana: 'すずき' },
  { kanji: '高橋', kana: 'たかはし' },
  { kanji: '田中', kana: 'たなか' },
  { kanji: '伊藤', kana: 'いとう' },
  { kanji: '渡辺', kana: 'わたなべ' },
  { kanji: '山本', kana: 'やまもと' },
  { kanji: '中村', kana: 'なかむら' },
  { kanji: '小林', kana: 'こばやし' },
  { kanji: '加藤', kana: 'かとう' },
  { kanji: '吉田', kana: 'よしだ' },
  { kanji: '山田', kana: 'やまだ' },
  { kanji: '佐々木', kana: 'ささき' },
  { kanji: '山口', kana: 'やまぐち' },
  { kanji: '松本', kana: 'まつもと' },
  { kanji: '井上', kana: 'いのうえ' },
  { kanji: '木村', kana: 'きむら' },
  { kanji: '林', kana: 'はやし' },
  { kanji: '斎藤', kana: 'さいとう' },
  { kanji: '清水', kana: 'しみず' },
  { kanji: '山崎', kana: 'やまざき' },
  { kanji: '森', kana: 'もり' },
  { kanji: '池田', kana: 'いけだ' },
  { kanji: '橋本', kana: 'はしもと' },
  { kanji: '阿部', kana: 'あべ' },
  { kanji: '石川', kana: 'いしかわ' },
  { kanji: '前田', kana: 'まえだ' },
  { kanji: '藤田', kana: 'ふじた' },
  { kanji: '小川', kana: 'おがわ' },
  { kanji: '岡田', kana: 'おかだ' },
  { kanji: '後藤', kana: 'ごとう' },
  { kanji: '長谷川', kana: 'はせがわ' },
  { kanji: '村上', kana: 'むらかみ' },
  { kanji: '近藤', kana: 'こんどう' },
  { kanji: '坂本', kana: 'さかもと' },
  { kanji: '遠藤', kana: 'えんどう' },
  { kanji: '青木', kana: 'あおき' },
  { kanji: '藤井', kana: 'ふじい' },
  { kanji: '西村', kana: 'にしむら' },
  { kanji: '福田', kana: 'ふくだ' },
  { kanji: '太田', kana: 'おおた' },
  { kanji: '三浦', kana: 'みうら' },
]

export const GIVEN_NAMES: Readonly<Record<'woman' | 'man', readonly NamePart[]>> = {
  woman: [
    { kanji: '美咲', kana: 'みさき' },
    { kanji: '陽菜', kana: 'ひな' },
    { kanji: '葵', kana: 'あおい' },
    { kanji: '結衣', kana: 'ゆい' },
    { kanji: 'さくら', kana: 'さくら' },
    { kanji: '真由美', kana: 'まゆみ' },
    { kanji: '恵子', kana: 'けいこ' },
    { kanji: '裕子', kana: 'ゆうこ' },
    { kanji: '千尋', kana: 'ちひろ' },
    { kanji: '彩', kana: 'あや' },
    { kanji: '奈々', kana: 'なな' },
    { kanji: '智子', kana: 'ともこ' },
    { kanji: '明美', kana: 'あけみ' },
    { kanji: '里奈', kana: 'りな' },
    { kanji: '舞', kana: 'まい' },
    { kanji: '和子', kana: 'かずこ' },
    { kanji: '遥', kana: 'はるか' },
    { kanji: '杏', kana: 'あん' },
  ],
  man: [
    { kanji: '健太', kana: 'けんた' },
    { kanji: '翔', kana: 'しょう' },
    { kanji: '大輔', kana: 'だいすけ' },
    { kanji: '拓也', kana: 'たくや' },
    { kanji: '直樹', kana: 'なおき' },
    { kanji: '誠', kana: 'まこと' },
    { kanji: '浩二', kana: 'こうじ' },
    { kanji: '隆', kana: 'たかし' },
    { kanji: '悠斗', kana: 'ゆうと' },
    { kanji: '蓮', kana: 'れん' },
    { kanji: '和也', kana: 'かずや' },
    { kanji: '亮', kana: 'りょう' },
    { kanji: '修', kana: 'おさむ' },
    { kanji: '勝', kana: 'まさる' },
    { kanji: '陽太', kana: 'ようた' },
    { kanji: '哲也', kana: 'てつや' },
    { kanji: '優', kana: 'ゆう' },
    { kanji: '剛', kana: 'つよし' },
  ],
}

export const NON_JAPANESE_NAMES: Readonly<Record<'woman' | 'man' | 'non-binary', readonly string[]>> = {
  woman: ['Emma Lindqvist', 'Priya Raman', 'Sofia Martins', 'Grace Okafor', 'Mei Chen', 'Ana López', 'Hannah Weber', 'Ji-woo Park', 'Chloe Dubois', 'Amara Nwosu'],
  man: ['Lucas Moreau', 'Daniel Kim', 'Arjun Mehta', 'Tom Becker', 'Mateo García', 'Oliver Hughes', 'Minh Nguyen', 'Samuel Adeyemi', 'Jonas Müller', 'Wei Zhang'],
  'non-binary': ['Alex Rivera', 'Sam Taylor', 'Robin Kowalski', 'Kai Andersen'],
}
