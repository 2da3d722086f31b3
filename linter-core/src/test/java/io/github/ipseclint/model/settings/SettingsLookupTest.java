// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.ConfigReader;
import io.github.ipseclint.parse.ParseOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SettingsLookupTest {

  private static SettingsDocument read(String text) {
    ConfigReader reader = new ConfigReader(ParseOptions.defaults(Path.of(".")), Path::toString);
    return (SettingsDocument) reader.read(SourceFile.inMemory("t.conf", text), FileKind.STRONGSWAN_CONF,
        Implementation.STRONGSWAN).document();
  }

  @Test
  void looksUpThroughReferencesLeftToRightAndRecursively() {
    SettingsDocument document = read("a : b, c { }\nb : d { }\nc { k = from-c }\nd { k = from-d }\n");
    assertThat(document.value("a", "k")).map(ResolvedValue::text).contains(ByteText.ofUtf8("from-d"));
    assertThat(document.value("a", "k").get().inheritedFrom()).contains(new ByteText("d"));
  }

  @Test
  void emptyAssignmentHidesInheritedValue() {
    SettingsDocument document = read("t { k = 1 }\na : t { k = }\n");
    assertThat(document.value("a", "k")).isEmpty();
    assertThat(document.value("t", "k")).isPresent();
  }

  @Test
  void referenceCyclesTerminate() {
    SettingsDocument document = read("a : a.b, b { b : a { x = 1 } }\nb : a { y = 2 }\n");
    assertThat(document.value("a", "y")).map(ResolvedValue::text).contains(new ByteText("2"));
    assertThat(document.resolved().find("a", "b")).isPresent();
  }

  @Test
  void duplicateKeyKeepsFirstPositionAndLastValue() {
    SettingsDocument document = read("s { a = 1\nb = 2\na = 3 }\n");
    ResolvedSection section = document.resolved().section("s").orElseThrow();
    assertThat(section.values()).extracting(value -> value.key().latin1()).containsExactly("a", "b");
    assertThat(section.value("a").orElseThrow().text()).isEqualTo(new ByteText("3"));
  }

  @Test
  void valuesLeaveOutClearedKeysThatEntriesKeep() {
    ResolvedSection section = read("s { a = 1\nb =\nc = 3 }\n").resolved().section("s").orElseThrow();
    assertThat(section.entries()).extracting(value -> value.key().latin1()).containsExactly("a", "b", "c");
    assertThat(section.values()).extracting(value -> value.key().latin1()).containsExactly("a", "c");
    assertThat(section.value("b")).isEmpty();
  }

  @Test
  void subsectionReachedOnlyThroughAReferenceHasTheLookedUpPath() {
    ResolvedSection c = read("t { c { x = 1 } }\na : t { }\n").resolved().find("a", "c").orElseThrow();
    assertThat(c.path()).isEqualTo(new ByteText("a.c"));
    assertThat(c.inheritedFrom()).contains(new ByteText("t.c"));
    assertThat(c.values().get(0).inheritedFrom()).contains(new ByteText("t.c"));
  }

  @Test
  void ownSubsectionComesBeforeTheInheritedOne() {
    ResolvedSection c = read("t { c { x = 1\ny = 1 } }\na : t { c { y = 2 } }\n").resolved()
        .find("a", "c").orElseThrow();
    assertThat(c.path()).isEqualTo(new ByteText("a.c"));
    assertThat(c.isInherited()).isFalse();
    assertThat(c.values()).extracting(value -> value.key().latin1() + "=" + value.text().latin1()
        + value.inheritedFrom().map(from -> "@" + from.latin1()).orElse(""))
        .containsExactly("y=2", "x=1@t.c");
  }

  @Test
  void secretsNeverAppearInToString() {
    SettingsDocument document = read("x { secret = hunter2 }\n");
    SettingsKeyValue setting = (SettingsKeyValue) ((SettingsSection) document.trees().get(0).statements().get(0))
        .statements().get(0);
    assertThat(setting.toString()).doesNotContain("hunter2");
    assertThat(setting.value().orElseThrow().toString()).doesNotContain("hunter2");
    assertThat(document.resolved().find("x").orElseThrow().toString()).doesNotContain("hunter2");
  }
}
