// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The check that readings and case entries refer to each other, on a small case file of its own. */
class CaseCoverageTest {
  private static final String CASE = """
      id: C99
      title: two entries
      left:
        configs:
          libreswan: |
            conn site
      right:
        configs:
          strongswan-swanctl: |
            connections {
            }
      expect:
      - pairing: LS5 -> SW602
        verdict: STABLE
      observed:
      - pairing: LS4 -> SW59
        verdict: not decidable here
      """;

  @TempDir
  Path directory;

  private NegotiationCase negotiationCase() throws IOException {
    return NegotiationCase.load(Files.writeString(directory.resolve("C99.yaml"), CASE));
  }

  private static CaseReading reading(String yaml) {
    Map<String, Object> node = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return CaseReading.of(node);
  }

  private static String reading(String entry, String pairing, String extra) {
    return "case: C99\nentry: " + entry + "\npairing: " + pairing + "\ninitiator: left\n"
        + "left: {fragment: libreswan, versions: [LS5]}\nright: {fragment: strongswan-swanctl, versions: [SW602]}\n"
        + "notify: none\n" + extra;
  }

  @Test
  void readingsOfEveryEntryUnderItsPairingAreAccepted() throws IOException {
    List<CaseReading> readings = List.of(reading(reading("expect#1", "LS5 -> SW602", "")),
        reading(reading("observed#1", "LS4  ->  SW59", "verdictAnyOf: [STABLE]\n")));

    assertThat(CaseCoverage.problems(negotiationCase(), readings)).isEmpty();
  }

  @Test
  void anUnreadEntryAReadingOfAnotherPairingAndAnUnknownEntryAreReported() throws IOException {
    List<CaseReading> readings = List.of(reading(reading("expect#1", "LS4 -> SW602", "")),
        reading(reading("expect#2", "LS5 -> SW602", "")));

    assertThat(CaseCoverage.problems(negotiationCase(), readings)).containsExactly(
        "observed#1 'LS4 -> SW59' has no reading",
        "expect#1 is read as 'LS4 -> SW602' but the case says 'LS5 -> SW602'",
        "expect#2 is read but the case has no such entry");
  }

  @Test
  void aProseVerdictNeedsTheCodesItAllowsAndACodeIsReplacedOnlyByACorrection() throws IOException {
    List<CaseReading> readings = List.of(reading(reading("expect#1", "LS5 -> SW602", "verdictAnyOf: [IKE_ONLY]\n")),
        reading(reading("observed#1", "LS4 -> SW59", "")));

    assertThat(CaseCoverage.problems(negotiationCase(), readings)).hasSize(2)
        .anySatisfy(problem -> assertThat(problem).startsWith("expect#1 replaces the case's verdict code STABLE"))
        .anySatisfy(problem -> assertThat(problem).startsWith("observed#1 has the prose verdict"));
  }

  @Test
  void aCorrectionToTheCodeTheCaseAlreadyGivesIsReported() throws IOException {
    List<CaseReading> readings = List.of(
        reading(reading("expect#1", "LS5 -> SW602", "correction: {verdict: STABLE, reason: why}\n")),
        reading(reading("observed#1", "LS4 -> SW59", "skip: the run says nothing\n")));

    assertThat(CaseCoverage.problems(negotiationCase(), readings))
        .containsExactly("expect#1 'corrects' the verdict to the code the case already gives");
  }
}
