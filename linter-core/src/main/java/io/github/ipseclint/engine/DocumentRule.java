// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

import io.github.ipseclint.model.document.Document;

/**
 * A rule over one read document ({@code ConfDocument}, {@code SettingsDocument} or {@code
 * SecretsDocument}): the syntax trees of a top-level file and its includes, and their resolved
 * structure. Rules that apply to one kind only test the document's type and return otherwise.
 */
public non-sealed interface DocumentRule extends Rule {
  void check(Document document, Reporter reporter);
}
