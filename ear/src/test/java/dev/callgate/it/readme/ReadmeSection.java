package dev.callgate.it.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ##} section of the README and its shell blocks ({@code ```sh}), in the order a reader
 * meets them. Other fenced blocks (the JSON of an error) are shown, not run.
 */
record ReadmeSection(String title, List<String> shellBlocks, String outsideShellBlocks) {

  private static final Pattern SHELL_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```$");

  static ReadmeSection read(Path readme, String title) throws IOException {
    String text = Files.readString(readme);
    int start = text.indexOf("\n## " + title + "\n");
    if (start < 0) {
      throw new IllegalStateException("README has no section '## " + title + "'");
    }
    int end = text.indexOf("\n## ", start + 1);
    String section = text.substring(start, end < 0 ? text.length() : end);
    List<String> blocks = new ArrayList<>();
    Matcher m = SHELL_BLOCK.matcher(section);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return new ReadmeSection(
        title, List.copyOf(blocks), SHELL_BLOCK.matcher(section).replaceAll(""));
  }

  /** The curl commands, each with its continuation lines joined, in order. */
  List<String> curlCommands() {
    List<String> commands = new ArrayList<>();
    for (String block : shellBlocks) {
      for (String command : block.replace("\\\n", " ").split("\n")) {
        if (command.contains("curl ")) {
          commands.add(command.strip());
        }
      }
    }
    return commands;
  }
}
