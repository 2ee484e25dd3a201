import { useTranslation } from 'react-i18next'
import type { Ingredient, PropertyReview } from '../../../shared/analysis'
import { decimal, percent, uiLanguage } from './review-format'
import type { UiLanguage } from './review-format'
import { Measured } from './Measured'
import { propertyAdvice, propertyFinding } from './readings'
import { ColumnHeads } from '../components/ColumnHeads'

/** Data values that are shares are shown as percentages; the rest as numbers. */
const SHARE_KEYS = new Set(['echoAdvisorShare'])
const DECIMAL_KEYS = new Set(['meanIqv'])

function formatData(data: Record<string, number>, language: UiLanguage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key, SHARE_KEYS.has(key) ? percent(value, language) : DECIMAL_KEYS.has(key) ? decimal(value, language) : String(value)]),
  )
}

/** The data as "key value" pairs, for an ingredient newer than this view's messages. */
function rawData(data: Record<string, string>): string {
  return Object.entries(data)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
}

function IngredientRow({ ingredient, language }: { ingredient: Ingredient; language: UiLanguage }) {
  const { t, i18n } = useTranslation()
  const nameKey = `review.ingredientName.${ingredient.id}`
  const dataKey = `review.ingredientData.${ingredient.id}`
  const data = formatData(ingredient.data, language)
  return (
    <tr>
      <th scope="row">{i18n.exists(nameKey) ? t(nameKey) : ingredient.id}</th>
      <td>{ingredient.value === null ? t('review.noData') : percent(ingredient.value, language)}</td>
      <td>{ingredient.noData ? t('review.noData') : i18n.exists(dataKey) ? t(dataKey, data) : rawData(data)}</td>
    </tr>
  )
}

/**
 * The four properties of the essay, each with its score, what it rests on in one sentence and the
 * next step; the ingredients behind the score are in "How is this measured?".
 */
export function QualityReview({ quality }: { quality: readonly PropertyReview[] }) {
  const { t, i18n } = useTranslation()
  const language = uiLanguage(i18n.language)
  return (
    <section aria-labelledby="review-quality" className="review-section">
      <h2 id="review-quality">{t('review.qualityTitle')}</h2>
      <div className="review-cards">
        {quality.map((review) => {
          const title = t(`review.property.${review.property}`)
          const headingId = `review-property-${review.property}`
          return (
            <article key={review.property} aria-labelledby={headingId} className="review-card" data-property={review.property}>
              <h3 id={headingId}>{title}</h3>
              <p className="review-score">{review.score === null ? t('review.noData') : t('review.scoreOf', { score: review.score })}</p>
              {review.score !== null && <meter className="review-meter" min={0} max={100} low={40} high={70} optimum={100} value={review.score} aria-label={title} />}
              <p>{propertyFinding(review, t, language)}</p>
              <p className="review-advice">
                <strong className="label-prefix">{t('review.advice')}</strong>
                {propertyAdvice(review, t)}
              </p>
              <Measured explain={['score']}>
                <table className="review-table">
                  <caption>{t('review.ingredientsCaption', { property: title })}</caption>
                  <ColumnHeads labels={[t('review.ingredient'), t('review.value'), t('review.data')]} />
                  <tbody>
                    {review.ingredients.map((ingredient) => (
                      <IngredientRow key={ingredient.id} ingredient={ingredient} language={language} />
                    ))}
                  </tbody>
                </table>
              </Measured>
            </article>
          )
        })}
      </div>
    </section>
  )
}
