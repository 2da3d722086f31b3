// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.crypto.IkeVersion;
import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.ProposalSet;
import io.github.ipseclint.model.crypto.Protocol;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.proposal.ProposalContext;
import io.github.ipseclint.parse.proposal.ProposalReaders;
import io.github.ipseclint.parse.proposal.ProposalSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of algorithms.md §6.1, read from the spec itself: the proposal is read for
 * strongSwan 6.0.6 or Libreswan 5.4 and rated by each profile as of the table's reference date;
 * the connection verdict and the set of WARNING and ERROR findings must be the table's. The
 * proposal-level findings carry the table's labels ({@code invalid}, {@code ESP w/o integrity},
 * {@code no PFS}, {@code PFS optional}, {@code no ML-KEM-1024}).
 */
class ProfileSpecCasesTest {
  private static final Path SPEC =
      Path.of(System.getProperty("ipseclint.shared", "../../shared"), "spec", "algorithms.md");
  /** algorithms.md §6: "Reference date 2026-11-28". */
  private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 28);
  private static final List<Profile> COLUMNS = List.of(Profile.RFC8247, Profile.NIST_800_77R1,
      Profile.BSI_TR_02102_3, Profile.CNSA2, Profile.LEGACY_COMPAT);
  private static final Pattern ROW = Pattern.compile("^\\| ([SL]\\d\\d) \\| (\\w+) \\| (.+?) \\| `.*?` \\| (.+) \\|$");
  private static final Pattern CELL = Pattern.compile("\\*\\*(OK|INFO|WARNING|ERROR)\\*\\*\\s*(.*)");

  @TestFactory
  Stream<DynamicTest> everyRowOfSection61() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<String> lines = Files.readAllLines(SPEC);
    int start = lines.indexOf("### 6.1 Proposal strings");
    for (String line : lines.subList(start, lines.size())) {
      if (line.startsWith("### 6.2")) {
        break;
      }
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      String[] cells = row.group(4).split(" \\| ");
      assertThat(cells).as(line).hasSize(COLUMNS.size());
      for (int i = 0; i < cells.length; i++) {
        Profile profile = COLUMNS.get(i);
        String cell = cells[i];
        tests.add(DynamicTest.dynamicTest(row.group(1) + " " + profile.label(),
            () -> check(row.group(2), row.group(3), profile, cell)));
      }
    }
    assertThat(tests).hasSize(39 * COLUMNS.size());
    return tests.stream();
  }

  private static void check(String implementation, String setting, Profile profile, String cell) {
    Matcher expected = CELL.matcher(cell);
    assertThat(expected.matches()).as(cell).isTrue();
    TreeSet<String> expectedFindings = new TreeSet<>();
    for (String item : expected.group(2).split(",\\s*(?![^{]*})")) {
      if (!item.isBlank()) {
        expectedFindings.add(item.trim());
      }
    }
    Evaluation actual = evaluate(implementation, setting, new Policy(profile, false, REFERENCE_DATE));
    assertThat(actual.findings).as(setting + " under " + profile.label()).isEqualTo(expectedFindings);
    assertThat(actual.worst).as(setting + " under " + profile.label() + ": " + actual.findings).isEqualTo(Rating.valueOf(expected.group(1)));
  }

  /** The worst rating and the WARNING/ERROR findings as {@code E:NAME}. */
  private record Evaluation(Rating worst, TreeSet<String> findings) {}

  static Evaluation evaluate(String implementation, String setting, Policy policy) {
    boolean libreswan = implementation.equals("libreswan");
    String option = setting.substring(0, setting.indexOf('='));
    String value = setting.substring(setting.indexOf('`') + 1, setting.indexOf('`', setting.indexOf('`') + 1));
    boolean pfsNo = setting.contains("pfs=no");
    ProposalSyntax syntax = libreswan ? ProposalSyntax.LIBRESWAN
        : option.contains("proposals") ? ProposalSyntax.SWANCTL : ProposalSyntax.STRONGSWAN_IPSEC_CONF;
    if (syntax == ProposalSyntax.STRONGSWAN_IPSEC_CONF && !value.endsWith("!")) {
      value += "!";
    }
    Protocol protocol = option.startsWith("ah") ? Protocol.AH : option.startsWith("esp") ? Protocol.ESP : Protocol.IKE;
    Target target = Target.parse(libreswan ? "libreswan-5.4" : "strongswan-6.0.6").orElseThrow();
    SourceFile file = SourceFile.inMemory("test.conf", "option=" + value + "\n");
    Span span = new Span(file, 1, 8, 1, 8 + value.length());
    ProposalContext context = new ProposalContext(target, syntax, !pfsNo, IkeVersion.IKEV2, Span.ofLine(file, 1));
    ProposalSet set = ProposalReaders.of(syntax).read(protocol,
        Optional.of(new Located<>(ByteText.ofUtf8(value), span)), context, new FindingSink());

    Rating worst = Rating.OK;
    TreeSet<String> findings = new TreeSet<>();
    List<Proposal> valid = new ArrayList<>();
    for (Proposal proposal : set.proposals()) {
      List<Verdict> verdicts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      if (!proposal.isValid() && !unavailableOnly(proposal, target)) {
        verdicts.add(Verdict.of(Rating.ERROR, ""));
        names.add("invalid");
      } else {
        valid.add(proposal);
        for (Transform transform : proposal.transforms()) {
          verdicts.add(policy.rate(transform, proposal));
          names.add(transform.canonicalName());
        }
        if (Policy.lacksIntegrity(proposal)) {
          verdicts.add(policy.rate(Condition.MISSING_INTEGRITY));
          names.add("ESP w/o integrity");
        }
        Optional<Verdict> keyExchanges = policy.rateKeyExchanges(proposal, valid.size() == 1);
        if (keyExchanges.isPresent()) {
          verdicts.add(keyExchanges.get());
          names.add("no ML-KEM-1024");
        }
      }
      for (int i = 0; i < verdicts.size(); i++) {
        worst = worst.worst(verdicts.get(i).rating());
        add(findings, verdicts.get(i).rating(), names.get(i));
      }
    }
    if (protocol != Protocol.IKE) {
      Optional<Condition> pfs = ForwardSecrecy.of(valid, libreswan ? Optional.of(!pfsNo) : Optional.empty());
      if (pfs.isPresent()) {
        Rating rating = policy.rate(pfs.get()).rating();
        worst = worst.worst(rating);
        add(findings, rating, pfs.get() == Condition.NO_PFS ? "no PFS" : "PFS optional");
      }
    }
    return new Evaluation(worst, findings);
  }

  /** §6.1 L04: a keyword the release does not build is E-UNAVAILABLE, and its transforms are still rated. */
  private static boolean unavailableOnly(Proposal proposal, Target target) {
    return proposal.transforms().stream().anyMatch(t -> t.algorithm().availability().in(target.version())
        != io.github.ipseclint.model.crypto.AvailabilityVerdict.AVAILABLE);
  }

  private static void add(TreeSet<String> findings, Rating rating, String name) {
    if (rating == Rating.ERROR) {
      findings.add("E:" + name);
    } else if (rating == Rating.WARNING) {
      findings.add("W:" + name);
    }
  }
}
