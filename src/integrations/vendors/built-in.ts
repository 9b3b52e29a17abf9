/** The built-in vendors' attributes: the start-up path looks for them without loading the vendors. */
export const BUILT_IN_ATTRIBUTES = {yandexMetrika: 'yandex-metrika', googleAnalytics: 'google-analytics'} as const;
