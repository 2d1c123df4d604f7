interface ImportMetaEnv {
  /** The languages this copy is built in, comma-separated, set by astro.config.mjs. */
  readonly GW_LANGUAGES?: string;
}
