/**
 * A small bilingual vocabulary of common things people ask others about, as data. A topic typed
 * in either language (or in kana or romaji: "tenshoku", てんしょく) finds its entry, and the
 * entry lists the words that mean the same thing in both languages (`terms`), broader words that
 * suggest some knowledge (`related`), and the occupations (ISCO-08 sub-major groups) and
 * industries (ISIC Rev.4 sections) whose people usually know something about it.
 *
 * The hints are deliberately few and weak (consult.ts weighs them below a field tag or a past
 * consultation): ISCO 24 holds 2423 "personnel and careers professionals", ISIC N holds 78
 * "employment activities", and so on; a profession is a hint, never proof.
 */
import type { IsicSectionId } from '../graph'

export interface ConsultTopic {
  id: string
  /** Words for the topic itself, English and Japanese (with kana readings of kanji words). */
  terms: readonly string[]
  /** Broader words: a person whose tags or notes carry them knows something of the topic. */
  related: readonly string[]
  /** ISCO-08 sub-major groups whose work touches the topic. */
  occupations: readonly string[]
  industries: readonly IsicSectionId[]
}

export const CONSULT_TOPICS: readonly ConsultTopic[] = [
  {
    id: 'career-change',
    terms: ['転職', 'てんしょく', '転職活動', 'career change', 'changing careers', 'job change', 'changing jobs', 'job hunting', 'job search', '就職活動', '就活', 'しゅうかつ'],
    related: ['キャリア', 'career', '採用', 'さいよう', 'recruiting', 'recruiter', 'hiring', '人事', 'hr', 'headhunting', 'ヘッドハンティング', '面接', 'interview'],
    occupations: ['24'],
    industries: ['N'],
  },
  {
    id: 'career',
    terms: ['キャリア', 'career', 'careers', 'キャリア相談', 'career advice', '進路', 'しんろ'],
    related: ['転職', 'career change', 'job change', '昇進', 'promotion', '評価面談', 'performance review', '副業', 'side job'],
    occupations: ['24'],
    industries: ['N'],
  },
  {
    id: 'startup',
    terms: ['起業', 'きぎょう', '創業', 'startup', 'start-up', 'founding a company', 'entrepreneurship', 'スタートアップ', 'ベンチャー'],
    related: ['vc', 'venture capital', '資金調達', 'fundraising', '経営', 'business plan', '事業計画', '独立', 'freelance', 'フリーランス'],
    occupations: ['11', '12'],
    industries: ['K'],
  },
  {
    id: 'parenting',
    terms: ['子育て', 'こそだて', '育児', 'いくじ', 'parenting', 'raising children', 'childcare', '保育'],
    related: ['教育', 'education', '子ども', 'こども', 'children', '家族', 'family', '育休', 'parental leave'],
    occupations: ['23', '53'],
    industries: ['P'],
  },
  {
    id: 'health',
    terms: ['健康', 'けんこう', '医療', 'いりょう', 'health', 'healthcare', 'medical', '病院', 'hospital'],
    related: ['看護', 'nursing', 'メンタルヘルス', 'mental health', '運動', 'exercise', '睡眠', 'sleep'],
    occupations: ['22', '32'],
    industries: ['Q'],
  },
  {
    id: 'elder-care',
    terms: ['介護', 'かいご', 'elder care', 'caregiving', 'aged care', '親の介護'],
    related: ['福祉', 'welfare', '実家', '老後', 'retirement', '医療', 'healthcare'],
    occupations: ['53', '22', '26'],
    industries: ['Q'],
  },
  {
    id: 'money',
    terms: ['お金', '資産運用', 'しさんうんよう', '投資', 'とうし', 'investing', 'investment', 'personal finance', 'money', '家計', '保険', 'insurance'],
    related: ['金融', 'finance', '税金', 'tax', '年金', 'pension', '住宅ローン', 'mortgage'],
    occupations: ['24', '33'],
    industries: ['K'],
  },
  {
    id: 'law',
    terms: ['法律', 'ほうりつ', '法務', 'ほうむ', 'law', 'legal', '契約', 'contract', '弁護士', 'lawyer'],
    related: ['知財', 'intellectual property', '労務', 'labour law', 'compliance', 'コンプライアンス'],
    occupations: ['26'],
    industries: ['M'],
  },
  {
    id: 'ux-research',
    terms: ['uxリサーチ', 'ux research', 'user research', 'ユーザーリサーチ', 'ユーザー調査', 'usability', 'ユーザビリティ'],
    related: ['ux', 'デザイン', 'design', 'service design', 'サービスデザイン', 'アクセシビリティ', 'accessibility'],
    occupations: ['21', '26'],
    industries: ['M'],
  },
  {
    id: 'design',
    terms: ['デザイン', 'design', 'ui design', 'graphic design', 'service design', 'サービスデザイン'],
    related: ['ux', 'uxリサーチ', 'ux research', 'アクセシビリティ', 'accessibility', '写真', 'photography'],
    occupations: ['21', '26', '34'],
    industries: ['M', 'R'],
  },
  {
    id: 'marketing',
    terms: ['マーケティング', 'marketing', '広報', 'こうほう', 'pr', 'public relations', 'ブランディング', 'branding'],
    related: ['営業', 'sales', 'sns', 'social media', '広告', 'advertising'],
    occupations: ['24', '33'],
    industries: ['M', 'N'],
  },
  {
    id: 'management',
    terms: ['マネジメント', 'management', 'チーム運営', 'team management', 'leadership', 'リーダーシップ', '管理職', 'manager'],
    related: ['評価面談', 'performance review', '1on1', '組織', 'organisation', 'プロダクトマネジメント', 'product management'],
    occupations: ['11', '12', '13', '14'],
    industries: [],
  },
  {
    id: 'education',
    terms: ['教育', 'きょういく', 'education', 'teaching', '学び直し', 'learning', '資格', 'certification', '留学', 'study abroad'],
    related: ['研究', 'research', '大学', 'university', '子育て', 'parenting'],
    occupations: ['23'],
    industries: ['P'],
  },
  {
    id: 'housing',
    terms: ['住まい', '住宅', 'じゅうたく', '家探し', '引っ越し', 'ひっこし', 'housing', 'moving house', 'real estate', '不動産', 'ふどうさん'],
    related: ['住宅ローン', 'mortgage', '町内会', 'neighbourhood', 'リフォーム', 'renovation'],
    occupations: ['33'],
    industries: ['L', 'F'],
  },
  {
    id: 'nonprofit',
    terms: ['npo', 'nonprofit', 'non-profit', '非営利', 'ボランティア', 'volunteering', '社会貢献', 'social impact'],
    related: ['福祉', 'welfare', '地域活動', 'community work', '寄付', 'donation', 'こども食堂'],
    occupations: ['26', '34'],
    industries: ['S', 'Q'],
  },
  {
    id: 'ai',
    terms: ['生成ai', 'ai', '人工知能', 'machine learning', '機械学習', 'generative ai', 'llm'],
    related: ['データ分析', 'data analysis', 'data science', 'データサイエンス', '研究', 'research'],
    occupations: ['25', '21'],
    industries: ['J'],
  },
  {
    id: 'writing',
    terms: ['執筆', 'しっぴつ', '出版', 'しゅっぱん', 'writing', 'publishing', '翻訳', 'translation', 'ポッドキャスト', 'podcast'],
    related: ['編集', 'editing', 'ブログ', 'blog', 'メディア', 'media'],
    occupations: ['26'],
    industries: ['J'],
  },
]
