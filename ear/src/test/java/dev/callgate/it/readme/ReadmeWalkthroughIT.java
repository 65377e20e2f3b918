package dev.callgate.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callgate.it.Deployments;
import dev.callgate.it.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every shell block of the README's "Explore the application" section, in order, in one bash
 * session from the repository's root, as a reader would paste them: the only change is the server's
 * address. Every curl answer must be 2xx. The README's own wait loops (until the webhook has
 * arrived) are part of what runs; nothing here sleeps or waits for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeWalkthroughIT {

  private static final String README_BASE = "http://localhost:8080";

  /** Generous for the README's wait loops; a loop that never ends fails here instead. */
  private static final long PATIENCE_SECONDS = 180;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.callgate();
  }

  @Test
  void everyCurlOfExploreTheApplicationAnswers2xx() throws Exception {
    Path root = Path.of(System.getProperty("repository.root"));
    ReadmeSection explore =
        ReadmeSection.read(root.resolve("README.md"), "Explore the application");
    List<String> curls = explore.curlCommands();
    assertThat(curls).as("curl commands in the section").hasSizeGreaterThan(15);
    assertThat(explore.outsideShellBlocks())
        .as("every curl command of the section stands in an sh block, where this test runs it")
        .doesNotContain("curl -");

    Path answers = Files.createTempDirectory("readme-walkthrough");
    Path script = answers.resolve("walkthrough.sh");
    Files.writeString(script, script(explore, answers));
    Path output = answers.resolve("output.txt");
    Process bash =
        new ProcessBuilder("bash", script.toString())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean ended = bash.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      bash.descendants().forEach(ProcessHandle::destroy);
      bash.destroy();
    }
    String printed = Files.readString(output);
    assertThat(ended)
        .as("the walkthrough ended within %ss; it printed:%n%s", PATIENCE_SECONDS, printed)
        .isTrue();
    assertThat(bash.exitValue()).as("bash exit; it printed:%n%s", printed).isZero();

    List<Answer> all = answers(answers);
    assertThat(all)
        .as("one answer at least per curl command")
        .hasSizeGreaterThanOrEqualTo(curls.size());
    assertThat(all)
        .as("every answer of the walkthrough; it printed:%n%s", printed)
        .allSatisfy(a -> assertThat(a.status()).as(a.command()).isBetween(200, 299));
  }

  /**
   * The blocks as one script. {@code curl} is wrapped to keep each answer's status line and the
   * command that got it; the commands themselves run unchanged.
   */
  private static String script(ReadmeSection explore, Path answers) {
    StringBuilder sh =
        new StringBuilder()
            .append("set -eu\n")
            .append("ANSWERS='")
            .append(answers)
            .append("'\n")
            .append("curl() {\n")
            .append("  local answer\n")
            .append("  answer=$(mktemp \"$ANSWERS/answer-$(date +%s%N)-XXXX\")\n")
            .append("  printf '%s\\n' \"$*\" > \"$answer.command\"\n")
            .append("  command curl --max-time 30 -D \"$answer\" \"$@\"\n")
            .append("}\n");
    for (String block : explore.shellBlocks()) {
      sh.append(block.replace(README_BASE, TestServer.base().toString())).append("\n");
    }
    return sh.toString();
  }

  private record Answer(String command, int status) {}

  private static List<Answer> answers(Path dir) throws IOException {
    List<Answer> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path headers :
          files.filter(p -> p.getFileName().toString().matches("answer-[^.]*")).sorted().toList()) {
        String command =
            Files.readString(Path.of(headers + ".command"), StandardCharsets.UTF_8).strip();
        List<String> lines = Files.readAllLines(headers, StandardCharsets.ISO_8859_1);
        int status = lines.isEmpty() ? -1 : Integer.parseInt(lines.get(0).split(" ")[1]);
        found.add(new Answer(command, status));
      }
    }
    return found;
  }
}
