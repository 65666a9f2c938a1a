package io.reelstorm.infra.link;

/** The two directions bytes travel through a link. */
enum Direction {
    /** Client → target ("upstream"). */
    TO_TARGET,
    /** Target → client ("downstream"). */
    TO_CLIENT
}
