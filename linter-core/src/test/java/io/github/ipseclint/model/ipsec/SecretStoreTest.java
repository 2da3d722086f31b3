// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

import static io.github.ipseclint.model.ipsec.SecretsFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipseclint.model.target.FileKind;
import io.github.ipseclint.model.target.Implementation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The secret index answers exactly as a walk over every entry would: for each pair of IDs drawn
 * from the owners of a store (and from spellings the index folds), both daemons' selections see
 * the same candidates and choose the same secret.
 */
class SecretStoreTest {
  private static final Path MIXED = Path.of("src/test/resources/model/secret-store/mixed-owners.ipsec.secrets");
  private static final Path CORPUS = Path.of(System.getProperty("ipseclint.shared", "../../shared"), "corpus");
  /** IDs no entry owns exactly but the index must not lose: other cases, trailing dots, inside a block. */
  private static final List<String> PROBES = List.of("@Hub", "@hub.", "@SPOKE-1", "@spoke-4", "@other",
      "@vpn.example.org", "198.18.0.7", "198.18.200.1", "192.0.2.1", "0.0.0.0", "%any", "bob@example.org");

  @ParameterizedTest
  @EnumSource(Implementation.class)
  void theIndexAgreesWithAWalkOverEveryEntry(Implementation implementation) throws IOException {
    String text = Files.readString(MIXED, StandardCharsets.ISO_8859_1);
    int pairs = checkEveryPair(SecretsFixtures.secrets(text, implementation), implementation);
    assertThat(pairs).isGreaterThan(600);
  }

  @ParameterizedTest
  @EnumSource(Implementation.class)
  void theIndexAgreesOnEverySecretsFileOfTheCorpus(Implementation implementation) throws IOException {
    String project = implementation.label();
    Path manifest = CORPUS.resolve(project).resolve("MANIFEST.tsv");
    assumeTrue(Files.exists(manifest), "shared corpus not present: " + manifest);
    List<String> lines = Files.readAllLines(manifest);
    int files = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (!cells[4].equals(FileKind.IPSEC_SECRETS.label()) || !cells[5].equals(project)) {
        continue;
      }
      String text = Files.readString(CORPUS.resolve(project).resolve(cells[0]), StandardCharsets.ISO_8859_1);
      checkEveryPair(SecretsFixtures.secrets(text, implementation), implementation);
      files++;
    }
    System.out.printf("secret index vs full walk, %s corpus: %d secrets files agree%n", project, files);
    assertThat(files).isPositive();
  }

  /** @return the number of ID pairs checked */
  private static int checkEveryPair(List<Secret> secrets, Implementation implementation) {
    SecretStore store = new SecretStore(secrets);
    SecretSelection selection = SecretSelection.of(implementation);
    List<Identity> ids = new ArrayList<>();
    store.secrets().forEach(secret -> ids.addAll(secret.owners()));
    PROBES.forEach(probe -> ids.add(id(probe, implementation)));
    int pairs = 0;
    for (Identity local : ids) {
      for (Identity remote : ids) {
        List<SecretMatch> walked = selection.candidates(store.secrets(), SecretType.IKE_PSK, local, remote);
        List<SecretMatch> indexed = selection.candidates(selection.reachable(store, local, remote),
            SecretType.IKE_PSK, local, remote);
        assertThat(indexed).as("candidates for %s - %s", local, remote).isEqualTo(walked);
        Optional<Secret> chosen = selection.select(store.secrets(), SecretType.IKE_PSK, local, remote)
            .map(SecretChoice::secret);
        assertThat(selection.best(store, SecretType.IKE_PSK, local, remote))
            .as("secret for %s - %s", local, remote).isEqualTo(chosen);
        pairs++;
      }
    }
    return pairs;
  }
}
