package io.reelstorm.common.dc;

/**
 * The identity of this process as clients and logs see it.
 *
 * @param name     data center name
 * @param service  service name ({@code spring.application.name})
 * @param instance instance number inside the data center
 */
public record DataCenter(String name, String service, int instance) {

    /** How responses name the process that answered, e.g. {@code east/metrics-service#1}. */
    public String servedBy() {
        return name + "/" + service + "#" + instance;
    }
}
