import type { X509Certificate } from 'node:crypto';

/** Attribute names as RFC 4514 writes them; Node prints the same short names. */
type Attributes = Map<string, string>;

/** Node's `X509Certificate.subject` is one "NAME=value" per line, most significant first. */
function attributesOf(subject: string): Attributes {
  const attributes: Attributes = new Map();
  for (const line of subject.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) attributes.set(line.slice(0, at).trim().toUpperCase(), line.slice(at + 1).trim());
  }
  return attributes;
}

/**
 * The RFC 4514 string of a certificate's subject (least significant first,
 * "CN=...,OU=...,O=...,C=..."), the form a TPP registers as `tls_client_auth_subject_dn` (RFC 8705
 * section 2.1.2).
 */
export function subjectDn(certificate: X509Certificate): string {
  return certificate.subject
    .split('\n')
    .filter(Boolean)
    .reverse()
    .map((rdn) => rdn.replace(/([,+"\\<>;])/g, '\\$1'))
    .join(',');
}

/** Parses an RFC 4514 DN into its attributes; escaped separators are kept inside values. */
function attributesOfDn(dn: string): Attributes {
  const attributes: Attributes = new Map();
  for (const rdn of dn.split(/(?<!\\),/)) {
    const at = rdn.indexOf('=');
    if (at > 0)
      attributes.set(
        rdn.slice(0, at).trim().toUpperCase(),
        rdn
          .slice(at + 1)
          .trim()
          .replace(/\\(.)/g, '$1'),
      );
  }
  return attributes;
}

/** RFC 8705 section 2.1.2: the registered DN matches the presented certificate's subject. */
export function subjectMatches(certificate: X509Certificate, registeredDn: string): boolean {
  const presented = attributesOf(certificate.subject);
  const registered = attributesOfDn(registeredDn);
  if (presented.size !== registered.size) return false;
  for (const [name, value] of registered) if (presented.get(name) !== value) return false;
  return true;
}

/** The OB directory's transport certificate names the organisation in OU and the software in CN. */
export function directoryIdentity(certificate: X509Certificate): {
  orgId: string | undefined;
  softwareId: string | undefined;
} {
  const attributes = attributesOf(certificate.subject);
  return { orgId: attributes.get('OU'), softwareId: attributes.get('CN') };
}
