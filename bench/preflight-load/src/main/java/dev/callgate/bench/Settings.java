package dev.callgate.bench;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * What one run does: the command line (base URL, seconds per level, concurrency levels) and the
 * system properties. The defaults are the demo data's, so a plain run against the demo needs none.
 */
record Settings(
    URI base,
    int seconds,
    int warmUpSeconds,
    List<Integer> levels,
    int pairs,
    boolean seed,
    int seedConcurrency,
    String apiKey,
    String appSecret,
    String verifyToken,
    String numberId,
    String wabaId,
    String displayNumber,
    String agentEmail) {

  static Settings of(String[] args) {
    return new Settings(
        URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080"),
        args.length > 1 ? Integer.parseInt(args[1]) : 15,
        Integer.getInteger("warmUp", 5),
        Arrays.stream((args.length > 2 ? args[2] : "1,50,200").split(","))
            .map(level -> Integer.parseInt(level.strip()))
            .toList(),
        Integer.getInteger("pairs", 10_000),
        Boolean.parseBoolean(System.getProperty("seed", "true")),
        Integer.getInteger("seedConcurrency", 8),
        System.getProperty("apiKey", "cg_demoSunrise4c9f2a7d1e8b"),
        System.getProperty("secret", "sandbox-app-secret"),
        System.getProperty("verifyToken", "sandbox-verify-token"),
        System.getProperty("numberId", "106540352242922"),
        System.getProperty("wabaId", "102290129340398"),
        System.getProperty("displayNumber", "919876543210"),
        System.getProperty("agentEmail", "rahul@sunrise.example"));
  }
}
