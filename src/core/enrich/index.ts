/**
 * Enrichment's front door: everything the plugin and the CLI use to fetch
 * metadata for resource notes through an injected transport and clock.
 */
export { emptyCache, parseCache, serializeCache, type CacheEntry, type EnrichCache } from './cache';
export { MemoryEnrichVault } from './memory-vault';
export { addPropertiesToText, addPropertiesVia, planNote, withAbout, type NotePlan } from './note-plan';
export { hasPlaceholderName } from '../note/names';
export { relinker, type Move } from './relink';
export { enrichTargets, NO_CONNECTION, type EnrichDeps, type EnrichProgress, type EnrichRun } from './run';
export { parseSources, targetOf } from './targets';
export { DEFAULT_ENDPOINTS, SOURCE_NAMES, type EnrichTarget, type Endpoints, type Lookup, type Metadata, type SourceName } from './types';
export { EXAMPLES_PER_REASON, failureLines, groupFailures, hostsLine, type Failure, type FailureGroup } from './failures';
export { enrichVault, type EnrichReport, type EnrichVault, type EnrichVaultOptions } from './vault';
export { guardedFetch, headerOf, redactUrl, refusal, type NetPolicy } from '../net/guard';
export { localHostReason } from '../net/address';
export { MAX_BODY_BYTES, type Clock, type Transport, type TransportRequest, type TransportResponse } from '../net/types';
export { metadataSearchTerms } from './search-terms';
