// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.dump;

import io.github.ipseclint.model.conf.ConfDocument;
import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.secrets.SecretsDocument;
import io.github.ipseclint.model.settings.SettingsDocument;

/** Renders any document for {@code ipseclint dump}: syntax trees and resolved structure with spans. */
public final class DocumentDump {
  private DocumentDump() {}

  public static String render(Document document) {
    if (document instanceof ConfDocument conf) {
      return ConfDump.render(conf);
    }
    if (document instanceof SettingsDocument settings) {
      return SettingsDump.render(settings);
    }
    if (document instanceof SecretsDocument secrets) {
      return SecretsDump.render(secrets);
    }
    throw new IllegalArgumentException("no dump for " + document.getClass().getSimpleName());
  }
}
