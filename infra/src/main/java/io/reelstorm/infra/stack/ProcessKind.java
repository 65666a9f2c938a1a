package io.reelstorm.infra.stack;

/** What a process of the stack is; decides how it is probed and how a fault treats it. */
public enum ProcessKind {
    /** A Redis store: {@code redis-meta}, {@code redis-counters}. */
    REDIS,
    /** The S3-compatible object store of a data center ({@code objects}). */
    OBJECT_STORE,
    /** upload-service, feed-service or metrics-service. */
    SERVICE,
    /** The global entry point. */
    GATEWAY,
    /** A data center's link container of the compose stack: its only way to the backbone. */
    LINK
}
