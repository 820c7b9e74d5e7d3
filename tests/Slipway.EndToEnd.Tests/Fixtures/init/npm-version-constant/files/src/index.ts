export {Widget} from './widget';
export {PROTOCOL_VERSION} from './protocol';

// x-release-please-start-version
export const VERSION = '3.2.1';
// x-release-please-end
