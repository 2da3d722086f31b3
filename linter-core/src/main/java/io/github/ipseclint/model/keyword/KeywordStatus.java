// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.keyword;

/** What a daemon release does with a keyword. */
public enum KeywordStatus {
  /** Known, with a setting of its own. */
  CURRENT,
  /** Known, another spelling of {@link Keyword#aliasOf(io.github.ipseclint.model.target.Version)}. */
  ALIAS,
  /** Accepted but ignored (strongSwan: "deprecated keyword"; Libreswan: "obsolete keyword ignored"). */
  OBSOLETE,
  /** Not accepted by that release. */
  UNKNOWN
}
