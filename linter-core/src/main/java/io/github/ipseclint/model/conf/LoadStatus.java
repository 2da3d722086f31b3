// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

/** Whether the daemon loads a section; the findings say why when it does not. */
public enum LoadStatus {
  LOADED,
  /** Only this section is skipped (Libreswan: also= conflict or missing target). */
  SECTION_DROPPED,
  /** The daemon rejects the whole file, so nothing in it is loaded. */
  FILE_REJECTED
}
