// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.ipsec.IpsecModel;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.dump.ModelDump;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * No secret reaches the model's toStrings, its findings or {@code dump --model}: configurations
 * that hold random secrets (swanctl.conf secrets, ipsec.secrets of both dialects) are built into
 * one model, and everything printable is searched for each secret as text, hex and base64.
 */
class ModelLeakTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final List<String> secrets = new ArrayList<>();

  private String fresh() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    String secret = "Zq" + HexFormat.of().formatHex(bytes);
    secrets.add(secret);
    return secret;
  }

  @Test
  void noSecretReachesTheModelOrItsDump() {
    String swanctl = "connections {\n  c {\n    local { auth = psk }\n    children { n { } }\n  }\n}\n"
        + "secrets {\n  ike-a { id = @a\n secret = \"" + fresh() + "\" }\n"
        + "  eap-b { id = carol\n secret = 0x" + HexFormat.of().formatHex(fresh().getBytes(StandardCharsets.UTF_8)) + " }\n}\n";
    String strongswan = "conn x\n    authby=psk\n    right=192.0.2.2\n    auto=add\n";
    String strongswanSecrets = "@a : PSK \"" + fresh() + "\"\n: RSA key.pem \"" + fresh() + "\"\n";
    String libreswanSecrets = "@a : PSK 0s"
        + Base64.getEncoder().encodeToString(fresh().getBytes(StandardCharsets.UTF_8)) + "\n";
    List<Document> documents = List.of(
        ModelFixtures.read(swanctl, FileKind.SWANCTL_CONF, Implementation.STRONGSWAN, "strongswan-6.0.6"),
        ModelFixtures.read(strongswan, FileKind.IPSEC_CONF, Implementation.STRONGSWAN, "strongswan-6.0.6"),
        ModelFixtures.read(strongswanSecrets, FileKind.IPSEC_SECRETS, Implementation.STRONGSWAN, "strongswan-6.0.6"),
        ModelFixtures.read(libreswanSecrets, FileKind.IPSEC_SECRETS, Implementation.LIBRESWAN, "libreswan-5.4"));
    IpsecModel model = new ModelBuilder().build(documents);
    assertThat(model.connections()).hasSize(2);
    assertThat(model.secrets()).hasSizeGreaterThanOrEqualTo(4);

    List<String> printed = new ArrayList<>();
    collect(model, printed);
    printed.add(ModelDump.render(model));
    model.findings().stream().map(Finding::toLine).forEach(printed::add);
    for (String secret : secrets) {
      String hex = HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8));
      String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
      for (String form : List.of(secret, secret.substring(2), hex, base64)) {
        assertThat(printed).noneMatch(text -> text.contains(form));
      }
    }
  }

  /** Prints {@code value} and, for records, lists and optionals, everything inside it. */
  private static void collect(Object value, List<String> out) {
    out.add(String.valueOf(value));
    if (value instanceof Collection<?> collection) {
      collection.forEach(element -> collect(element, out));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(element -> collect(element, out));
    } else if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          collect(component.getAccessor().invoke(value), out);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new AssertionError("cannot read " + component, e);
        }
      }
    }
  }
}
