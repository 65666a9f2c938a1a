package io.reelstorm.infra.experiment.scenario;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.experiment.scenario.Expectation.Absent;
import io.reelstorm.infra.experiment.scenario.Expectation.P99VsBaseline;
import io.reelstorm.infra.experiment.scenario.Expectation.Present;
import io.reelstorm.infra.experiment.scenario.Expectation.VerifierClean;
import io.reelstorm.infra.experiment.scenario.Step.FailoverStep;
import io.reelstorm.infra.experiment.scenario.Step.FaultStep;
import io.reelstorm.infra.experiment.scenario.Step.FixStep;
import io.reelstorm.infra.experiment.scenario.Step.HealStep;
import io.reelstorm.infra.faults.FaultKind;
import io.reelstorm.infra.faults.FaultOptions;
import io.reelstorm.infra.faults.FaultTargets;
import io.reelstorm.infra.faults.InvalidFaultException;
import io.reelstorm.infra.stack.Ports;
import io.reelstorm.infra.stack.StackOptions;
import io.reelstorm.infra.stack.Topology;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scenario file ({@code load-tests/scenarios/<name>.yml}) and checks it against the stack it
 * will run on, so that a mistake surfaces before any stack starts, as one line naming file, line and
 * field: {@code winter-storm.yml:14: timeline[2].target: unknown target 'esat' for power-loss: …}.
 */
public final class ScenarioParser {

    private static final List<String> SCENARIO_KEYS =
            List.of("scenario", "title", "models", "duration", "baseline", "settle", "instances", "load", "timeline", "expect");
    private static final List<String> LOAD_KEYS = List.of("rate", "creators", "timeout", "surges", "stack-niceness");
    private static final List<String> SURGE_KEYS = List.of("at", "for", "times");
    private static final List<String> ACTIONS = List.of("fault", "failover", "heal", "fix");
    private static final Map<String, List<String>> STEP_KEYS = Map.of(
            "fault", List.of("at", "modes", "fault", "target", "options", "for"),
            "failover", List.of("at", "modes", "failover"),
            "heal", List.of("at", "modes", "heal"),
            "fix", List.of("at", "modes", "fix", "enabled"));
    private static final List<String> RULES = List.of("present", "absent", "p99-vs-baseline", "verifier");
    private static final List<String> RULE_KEYS = List.of("present", "absent", "p99-vs-baseline", "verifier", "except-routes");
    private static final Duration DEFAULT_SETTLE = Duration.ofSeconds(10);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_INSTANCES = 4;

    private final String file;
    private Duration duration;
    private Duration baseline;
    private FaultTargets targets;

    private ScenarioParser(String file) {
        this.file = file;
    }

    public static Scenario parse(Path path) {
        String file = path.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(path)) {
            return new ScenarioParser(file).scenario(compose(file, reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + path, e);
        }
    }

    private static YamlNode compose(String file, Reader reader) {
        Node root;
        try {
            root = new Yaml().compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ScenarioException(file, mark == null ? 1 : mark.getLine() + 1, "", "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ScenarioException(file, 1, "", "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ScenarioException(file, 1, "", "the file is empty");
        }
        return new YamlNode(file, "", root);
    }

    private Scenario scenario(YamlNode document) {
        YamlMapping root = document.mapping().onlyKeys(SCENARIO_KEYS);
        YamlNode nameNode = root.required("scenario");
        String name = nameNode.text();
        String expectedName = file.replaceFirst("\\.yml$", "");
        if (!name.equals(expectedName)) {
            throw nameNode.error("'" + name + "' must match the file name, '" + expectedName + "'");
        }
        String title = root.required("title").text();
        String models = root.required("models").text();
        duration = root.required("duration").positiveDuration();
        YamlNode baselineNode = root.required("baseline");
        baseline = baselineNode.positiveDuration();
        if (baseline.compareTo(duration) >= 0) {
            throw baselineNode.error(show(baseline) + " must be shorter than the duration, " + show(duration));
        }
        Duration settle = root.optional("settle").map(YamlNode::duration).orElse(DEFAULT_SETTLE);
        Map<String, Integer> instances = root.optional("instances").map(this::instances).orElse(Map.of());
        targets = FaultTargets.planned(new StackOptions(Ports.DATA_CENTERS, 0, instances, Set.of()));
        Load load = load(root.required("load"));
        List<Step> timeline = root.optional("timeline").map(this::timeline).orElse(List.of());
        Map<Mode, List<Expectation>> expectations = expectations(root.required("expect"));
        return new Scenario(name, title, models, duration, baseline, settle, instances, load, timeline, expectations);
    }

    private Map<String, Integer> instances(YamlNode node) {
        Map<String, Integer> instances = new LinkedHashMap<>();
        node.mapping().onlyKeys(Topology.SERVICES).entries()
                .forEach((service, count) -> instances.put(service, count.wholeNumber(1, MAX_INSTANCES)));
        return instances;
    }

    private Load load(YamlNode node) {
        YamlMapping load = node.mapping().onlyKeys(LOAD_KEYS);
        double rate = load.required("rate").positiveNumber(200);
        int creators = load.required("creators").wholeNumber(0, 100);
        Duration timeout = load.optional("timeout").map(YamlNode::positiveDuration).orElse(DEFAULT_TIMEOUT);
        List<Surge> surges = new ArrayList<>();
        for (YamlNode item : load.optional("surges").map(YamlNode::items).orElse(List.of())) {
            YamlMapping surge = item.mapping().onlyKeys(SURGE_KEYS);
            Duration at = offset(surge.required("at"));
            YamlNode forNode = surge.required("for");
            Duration length = forNode.positiveDuration();
            endsInTime(forNode, at.plus(length), "the surge");
            surges.add(new Surge(at, length, surge.required("times").wholeNumber(1, 50)));
        }
        int stackNiceness = load.optional("stack-niceness").map(value -> value.wholeNumber(0, 19)).orElse(0);
        return new Load(rate, creators, timeout, surges, stackNiceness);
    }

    private List<Step> timeline(YamlNode node) {
        List<Step> steps = new ArrayList<>();
        for (YamlNode item : node.items()) {
            Step step = step(item);
            if (!steps.isEmpty() && step.at().compareTo(steps.getLast().at()) < 0) {
                throw item.mapping().required("at").error("steps must be sorted by at: " + show(step.at())
                        + " comes after a step at " + show(steps.getLast().at()));
            }
            steps.add(step);
        }
        return steps;
    }

    private Step step(YamlNode node) {
        YamlMapping step = node.mapping();
        String action = step.exactlyOneOf(ACTIONS, "a step");
        step.onlyKeys(STEP_KEYS.get(action));
        Duration at = offset(step.required("at"));
        Set<Mode> modes = step.optional("modes")
                .map(list -> EnumSet.copyOf(list.choices("mode", Arrays.asList(Mode.values()), Mode::id)))
                .orElse(EnumSet.allOf(Mode.class));
        return switch (action) {
            case "fault" -> faultStep(step, at, modes);
            case "failover" -> new FailoverStep(at, modes,
                    step.required("failover").choice("data center", Ports.DATA_CENTERS, dc -> dc));
            case "heal" -> healStep(step.required("heal"), at, modes);
            default -> fixStep(step, at, modes);
        };
    }

    private FaultStep faultStep(YamlMapping step, Duration at, Set<Mode> modes) {
        FaultKind kind = faultKind(step.required("fault"));
        YamlNode targetNode = step.required("target");
        String target = target(targetNode, kind, targetNode.text());
        Map<String, Long> options = options(step, kind);
        Optional<Duration> heals = Optional.empty();
        if (step.has("for")) {
            YamlNode forNode = step.required("for");
            heals = Optional.of(forNode.positiveDuration());
            endsInTime(forNode, at.plus(heals.get()), "the fault");
        }
        return new FaultStep(at, modes, kind, target, options, heals);
    }

    private Map<String, Long> options(YamlMapping step, FaultKind kind) {
        Optional<YamlMapping> given = step.optional("options").map(YamlNode::mapping);
        Map<String, Object> raw = new LinkedHashMap<>();
        given.ifPresent(options -> options.entries().forEach((name, value) -> raw.put(name, value.text())));
        try {
            return FaultOptions.validate(kind, raw);
        } catch (InvalidFaultException e) {
            if (given.isEmpty()) {
                throw step.self().errorAbout(e.field(), e.getMessage());
            }
            YamlMapping options = given.get();
            String option = e.field().substring("options.".length());
            throw options.optional(option).map(value -> value.error(e.getMessage()))
                    .orElseGet(() -> options.self().errorAbout(option, e.getMessage()));
        }
    }

    /** {@code all}, or a fault kind and its target: {@code power-loss east}. */
    private HealStep healStep(YamlNode value, Duration at, Set<Mode> modes) {
        String text = value.text();
        if (text.equals("all")) {
            return HealStep.all(at, modes);
        }
        String[] words = text.split("\\s+");
        if (words.length != 2) {
            throw value.error("'" + text + "' names no fault: write 'all' or a fault kind and its target, e.g. 'power-loss east'");
        }
        FaultKind kind = FaultKind.fromId(words[0]).orElseThrow(() -> unknownKind(value, words[0]));
        return new HealStep(at, modes, kind, target(value, kind, words[1]));
    }

    private FixStep fixStep(YamlMapping step, Duration at, Set<Mode> modes) {
        YamlNode fixNode = step.required("fix");
        Fix fix = fixNode.choice("fix", Arrays.asList(Fix.values()), Fix::id);
        if (!fix.switchableAtRuntime()) {
            throw fixNode.error(fix.id() + " cannot be switched while the stack runs (it changes how processes start)");
        }
        return new FixStep(at, modes, fix, step.required("enabled").bool());
    }

    private FaultKind faultKind(YamlNode node) {
        String id = node.text();
        return FaultKind.fromId(id).orElseThrow(() -> unknownKind(node, id));
    }

    private static ScenarioException unknownKind(YamlNode node, String id) {
        return node.error("unknown fault kind '" + id + "'; known: " + String.join(", ", FaultKind.ids()));
    }

    private String target(YamlNode node, FaultKind kind, String target) {
        try {
            return targets.check(kind, target);
        } catch (InvalidFaultException e) {
            throw node.error(e.getMessage());
        }
    }

    private Map<Mode, List<Expectation>> expectations(YamlNode node) {
        YamlMapping expect = node.mapping().onlyKeys(Arrays.stream(Mode.values()).map(Mode::id).toList());
        Map<Mode, List<Expectation>> expectations = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            YamlNode rules = expect.required(mode.id());
            List<Expectation> list = rules.items().stream().map(this::expectation).toList();
            if (list.isEmpty()) {
                throw rules.error("must list at least one rule for the " + mode.id() + " run");
            }
            expectations.put(mode, list);
        }
        return expectations;
    }

    private Expectation expectation(YamlNode node) {
        YamlMapping rule = node.mapping().onlyKeys(RULE_KEYS);
        String kind = rule.exactlyOneOf(RULES, "a rule");
        YamlNode value = rule.required(kind);
        List<Route> exceptRoutes = rule.optional("except-routes")
                .map(routes -> routes.choices("route", Arrays.asList(Route.values()), Route::id))
                .orElse(List.of());
        return switch (kind) {
            case "present" -> new Present(symptoms(value), exceptRoutes);
            case "absent" -> new Absent(symptoms(value), exceptRoutes);
            case "p99-vs-baseline" -> new P99VsBaseline(atLeastOne(value), exceptRoutes);
            default -> {
                if (!value.text().equals("clean")) {
                    throw value.error("the verifier rule is 'verifier: clean', not '" + value.text() + "'");
                }
                if (rule.has("except-routes")) {
                    throw rule.required("except-routes").error("the verifier checks stores, not routes: except-routes does not apply");
                }
                yield new VerifierClean();
            }
        };
    }

    private static List<Symptom> symptoms(YamlNode node) {
        return node.choices("symptom", Arrays.asList(Symptom.values()), Symptom::id);
    }

    private static double atLeastOne(YamlNode node) {
        double factor = node.positiveNumber(1000);
        if (factor < 1) {
            throw node.error("a factor below 1 would ask for faster than the baseline: write 1 or more");
        }
        return factor;
    }

    /** An offset from the start of the load: after the fault-free baseline, not after the end. */
    private Duration offset(YamlNode node) {
        Duration at = node.duration();
        if (at.compareTo(baseline) < 0) {
            throw node.error(show(at) + " falls inside the baseline (the first " + show(baseline) + " run without faults)");
        }
        if (at.compareTo(duration) > 0) {
            throw node.error(show(at) + " is after the load ends (duration " + show(duration) + ")");
        }
        return at;
    }

    private void endsInTime(YamlNode node, Duration end, String what) {
        if (end.compareTo(duration) > 0) {
            throw node.error(what + " would end at " + show(end) + ", after the load ends (duration " + show(duration) + ")");
        }
    }

    /** A duration the way the launcher's grammar writes it, e.g. {@code 90s}, {@code 4m}. */
    private static String show(Duration length) {
        long millis = length.toMillis();
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
