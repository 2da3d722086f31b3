// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** The CHILD SA mode ({@code mode}, {@code type=}; negotiation.md §9). */
public enum IpsecMode {
  TUNNEL,
  TRANSPORT,
  TRANSPORT_PROXY,
  BEET,
  /** strongSwan 6.0.2+ {@code iptfs}: AGGFRAG mode (RFC 9347), tunnel mode that aggregates and fragments. */
  IPTFS,
  /** A bypass policy, no SA. */
  PASS,
  /** A drop policy, no SA. */
  DROP,
  /** strongSwan {@code reject}: drop with an ICMP reply (Libreswan treats it as drop). */
  REJECT
}
