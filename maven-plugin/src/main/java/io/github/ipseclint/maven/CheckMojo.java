// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.maven;

import io.github.ipseclint.engine.LintFinding;
import io.github.ipseclint.engine.LintRequest;
import io.github.ipseclint.engine.LintResult;
import io.github.ipseclint.engine.Linter;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.engine.config.ConfigException;
import io.github.ipseclint.engine.config.ConfigLoader;
import io.github.ipseclint.engine.config.FailOn;
import io.github.ipseclint.engine.config.LintConfig;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.policy.Profile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.ParseOptions;
import io.github.ipseclint.report.ReportInput;
import io.github.ipseclint.report.SarifReport;
import io.github.ipseclint.report.TextReport;
import io.github.ipseclint.report.ToolInfo;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the project's IPsec configurations (ipsec.conf, swanctl.conf, strongswan.conf,
 * ipsec.secrets) and fails the build on findings at or above {@code failOn}. Each module checks
 * its own files: the directories of its sub-modules are left to them.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  private static final URI HOME = URI.create("https://github.com/ipseclint/ipseclint");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** Skip the check. */
  @Parameter(property = "ipseclint.skip", defaultValue = "false")
  boolean skip;

  /** The configuration file (default: the nearest .ipseclint.yaml from the project's directory upward). */
  @Parameter(property = "ipseclint.configFile")
  File configFile;

  /**
   * The policy profile: baseline, rfc8247, nist-800-77r1, bsi-tr-02102-3, cnsa2 or legacy-compat
   * (default: the configuration's profile, else baseline).
   */
  @Parameter(property = "ipseclint.profile")
  String profile;

  /**
   * The daemon releases to check against, e.g. strongswan-5.9.8 or libreswan-4.10; one per
   * implementation (default: strongswan-6.0.6 and libreswan-5.4).
   */
  @Parameter(property = "ipseclint.targets")
  List<String> targets = new ArrayList<>();

  /** The directories searched for configuration files (default: the project's base directory). */
  @Parameter(property = "ipseclint.sourceDirectories")
  List<File> sourceDirectories = new ArrayList<>();

  /**
   * Globs, relative to a source directory, of the files to check (default: every file whose name
   * ipseclint knows, such as ipsec.conf, *.secrets or swanctl/conf.d/*.conf).
   */
  @Parameter(property = "ipseclint.includes")
  List<String> includes = new ArrayList<>();

  /** Globs, relative to a source directory, of files not to check; the build directory never is. */
  @Parameter(property = "ipseclint.excludes")
  List<String> excludes = new ArrayList<>();

  /** The directory standing for / in absolute include paths. */
  @Parameter(property = "ipseclint.root", defaultValue = "${project.basedir}")
  File root;

  /**
   * Fail the build on findings at or above this level: error, warning, note or never
   * (default: the configuration's fail-on, else error).
   */
  @Parameter(property = "ipseclint.failOn")
  String failOn;

  /** Where the SARIF report is written. */
  @Parameter(property = "ipseclint.sarifFile", defaultValue = "${project.build.directory}/ipseclint.sarif")
  File sarifFile;

  /** Print the findings, each with its source line, to the build log. */
  @Parameter(property = "ipseclint.consoleOutput", defaultValue = "true")
  boolean consoleOutput;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ipseclint: skipped");
      return;
    }
    RuleRegistry registry = RuleRegistry.discover();
    LintConfig config = config(registry);
    FailOn threshold = failOn().or(config::failOn).orElse(FailOn.ERROR);
    List<Path> files = new SourceSelection(project, sourceDirectories, includes, excludes).files();
    if (files.isEmpty()) {
      getLog().info("ipseclint: no IPsec configuration files in " + project.getBasedir());
      return;
    }
    LocalDate today = LocalDate.now();
    LintResult result;
    try {
      result = new Linter(registry).run(new LintRequest(files, parseOptions(), Optional.of(root.toPath()),
          config, Optional.empty(), false, today));
    } catch (NoSuchFileException e) {
      throw new MojoExecutionException("ipseclint: " + e.getFile() + " disappeared during the build");
    }
    ReportInput report = new ReportInput(result, registry, tool(), Optional.empty());
    writeSarif(report);
    if (consoleOutput && !result.findings().isEmpty()) {
      for (String line : TextReport.render(report, false).split("\n")) {
        getLog().warn(line);
      }
    }
    getLog().info("ipseclint: " + TextReport.summary(result) + "; SARIF report " + sarifFile);
    if (result.fails(threshold)) {
      throw new MojoFailureException(failureMessage(report, threshold));
    }
  }

  private LintConfig config(RuleRegistry registry) throws MojoExecutionException {
    LintConfig config;
    try {
      config = ConfigLoader.resolve(Optional.ofNullable(configFile).map(File::toPath),
          project.getBasedir().toPath(), registry);
    } catch (ConfigException e) {
      throw new MojoExecutionException("ipseclint: bad configuration: " + e.getMessage());
    }
    if (profile == null) {
      return config;
    }
    Profile chosen = Profile.fromLabel(profile).orElseThrow(() -> new MojoExecutionException(
        "ipseclint: unknown profile '" + profile + "'; set <profile> to one of " + Profile.labels()));
    return config.withProfileOverride(chosen);
  }

  private Optional<FailOn> failOn() throws MojoExecutionException {
    if (failOn == null) {
      return Optional.empty();
    }
    return Optional.of(FailOn.fromLabel(failOn).orElseThrow(() -> new MojoExecutionException(
        "ipseclint: unknown failOn '" + failOn + "'; set <failOn> to error, warning, note or never")));
  }

  private ParseOptions parseOptions() throws MojoExecutionException {
    ParseOptions options = ParseOptions.defaults(project.getBasedir().toPath());
    for (String written : targets) {
      options = options.withTarget(Target.parse(written).orElseThrow(() -> new MojoExecutionException(
          "ipseclint: unknown target '" + written + "'; write an implementation and a release, "
              + "e.g. strongswan-5.9.8, libreswan-4.10 or strongswan-6")));
    }
    return options;
  }

  private void writeSarif(ReportInput report) throws MojoExecutionException {
    Path file = sarifFile.toPath();
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, SarifReport.render(report), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("ipseclint: cannot write the SARIF report " + file
          + " (" + e.getClass().getSimpleName() + "); set <sarifFile> to a writable path", e);
    }
  }

  /** {@code path:line:col: severity: message [rule-id]}, one line per finding that fails the build. */
  private static String failureMessage(ReportInput report, FailOn threshold) {
    StringBuilder message = new StringBuilder("ipseclint found problems at or above " + threshold.label() + ":");
    for (LintFinding lint : report.result().active()) {
      Finding finding = lint.finding();
      if (threshold.fails(finding.severity())) {
        Span span = finding.span();
        message.append('\n').append(report.path(span.file())).append(':').append(span.line()).append(':')
            .append(span.column()).append(": ").append(finding.severity().label()).append(": ")
            .append(finding.message()).append(" [").append(finding.rule().value()).append(']');
      }
    }
    return message.toString();
  }

  /** The tool as reports name it: the plugin's own version, so SARIF says which release found what. */
  private ToolInfo tool() {
    return new ToolInfo("ipseclint", plugin.getVersion(), HOME);
  }
}
