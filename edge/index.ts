export { clientAddress } from './client-address.ts';
export { clientCertificate, clientCertificateProblem } from './client-certificate.ts';
export type { ClientCertificateSource } from './client-certificate.ts';
export { isStorableText, unstorableTextPath } from './database-text.ts';
export { ERROR_DOCS_PATH, errorDocsUrl } from './error-docs.ts';
