// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

/** The section kinds of {@code ipsec.conf}; Libreswan has no {@code ca} sections. */
public enum SectionKind {
  CONFIG_SETUP("config setup"),
  CONN("conn"),
  CA("ca");

  private final String keyword;

  SectionKind(String keyword) {
    this.keyword = keyword;
  }

  /** The header keyword as written in a file. */
  public String keyword() {
    return keyword;
  }
}
