// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** The configuration interface a connection was loaded through (negotiation.md §1.1). */
public enum FrontEnd {
  /** strongSwan swanctl.conf, loaded over vici. */
  SWANCTL,
  /** strongSwan ipsec.conf, loaded by starter through the stroke plugin. */
  STROKE,
  /** Libreswan ipsec.conf, loaded into pluto by addconn. */
  PLUTO
}
