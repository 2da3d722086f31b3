// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** What a proposal negotiates: the IKE SA itself or a CHILD SA's ESP or AH. */
public enum Protocol {
  IKE,
  ESP,
  AH
}
