// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** IKE fragmentation (RFC 7383; IKEv1 vendor fragmentation), negotiation.md §12.5. */
public enum Fragmentation {
  NO,
  ACCEPT,
  YES,
  FORCE
}
