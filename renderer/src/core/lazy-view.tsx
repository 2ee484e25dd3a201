/**
 * Views other than the first screens load as separate chunks, so starting the app parses and runs
 * only what the first screen needs (the network view's d3, the importers' parsers and the QR code
 * encoder are not on that path). Once the app has been idle for a while, every chunk is fetched
 * in the background, so switching views later does not wait for one.
 */
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface LazyView<P extends object> {
  Component: ComponentType<P>
  /** Loads the chunk (once); safe to call any number of times. */
  preload(): Promise<unknown>
}

const preloaders: (() => Promise<unknown>)[] = []

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null
  const preload = () => {
    loading ??= load().then(
      (component) => ({ default: component }),
      (err: unknown) => {
        // React keeps a lazy component's failure: a fresh one lets "Try again" really load again.
        loading = null
        current = lazy(preload)
        throw err
      },
    )
    return loading
  }
  let current = lazy(preload)
  preloaders.push(preload)
  const Component = (props: P) => {
    const Loaded = current
    return <Loaded {...props} />
  }
  return { Component, preload }
}

/** Fetches every lazy view's chunk when the app has been idle for `afterMs`; returns a cancel function. */
export function preloadViewsWhenIdle(afterMs = 3_000): () => void {
  let idle: number | null = null
  const timer = setTimeout(() => {
    idle = requestIdleCallback(() => {
      for (const preload of preloaders) preload().catch(() => undefined) // shown if the view is opened
    })
  }, afterMs)
  return () => {
    clearTimeout(timer)
    if (idle !== null) cancelIdleCallback(idle)
  }
}

class ViewErrorBoundary extends Component<{ fallback: (error: Error, retry: () => void) => ReactNode; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error, () => this.setState({ error: null })) : this.props.children
  }
}

/** Shows a view with a loading line while its chunk loads, and a retry if it fails to load or render. */
export function ViewFrame({ viewKey, children }: { viewKey: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <ViewErrorBoundary
      key={viewKey}
      fallback={(error, retry) => (
        <div role="alert" className="load-error">
          <p>{t('app.viewFailed', { reason: error.message })}</p>
          <button type="button" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      )}
    >
      <Suspense
        fallback={
          <p className="loading" role="status" aria-busy="true">
            {t('app.viewLoading')}
          </p>
        }
      >
        {children}
      </Suspense>
    </ViewErrorBoundary>
  )
}
