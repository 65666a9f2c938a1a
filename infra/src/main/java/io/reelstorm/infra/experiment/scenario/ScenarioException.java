package io.reelstorm.infra.experiment.scenario;

/** A scenario file that cannot be run as written, e.g. {@code winter-storm.yml:14: timeline[2].target: unknown target 'esat' …}. */
public class ScenarioException extends RuntimeException {

    private final String file;
    private final int line;
    private final String field;

    /**
     * @param line  1-based
     * @param field the path of the offending field, e.g. {@code timeline[2].target}; empty when the file as a whole is wrong
     */
    public ScenarioException(String file, int line, String field, String problem) {
        super(file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
