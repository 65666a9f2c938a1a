package io.reelstorm.infra.stack;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.faults.FaultTargets;
import io.reelstorm.infra.link.LinkFault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A running two-DC stack as the supervisor, the fault injector and the admin API see it, whatever
 * runs it: processes on this machine ({@code local/StackRuntime}) or containers of the compose file
 * ({@code compose/ComposeRuntime}). Members are named as users name fault targets:
 * {@code east/redis-meta}, {@code east/feed-service}, {@code gateway}.
 */
public interface RunningStack {

    /** The data centers, primary first. */
    List<String> dataCenters();

    /** What faults may name on this stack. */
    FaultTargets faultTargets();

    /** Every member, as it is reachable now (a restarted container may have a new address). */
    List<ProcessSpec> specs();

    Optional<ProcessSpec> spec(String id);

    Set<Fix> fixes();

    void recordFix(Fix fix, boolean enabled);

    /** Starts every member (links first, so that every address answers). */
    void start();

    /** Checks members not yet known ready; returns the ids that just became ready. */
    List<String> probe();

    boolean isReady(String id);

    boolean allReady();

    /** Members that stopped without a fault asking for it, with their exit codes, noticed once each. */
    Map<String, Integer> noticeUnexpectedExits();

    /** How {@code status} shows a member: {@code up}, {@code down (fault)}, {@code exited(137)}, … */
    String health(String id);

    /** The member's process on this machine, when it is one (containers are not). */
    Optional<ProcessHandle> process(String id);

    /** Kills members at once on behalf of a fault, which keeps them down until it releases them. */
    void holdDown(List<String> ids, String faultId);

    /** Releases a fault's hold; a member starts again once nothing holds it down. */
    void release(List<String> ids, String faultId);

    /** Freezes a store: it keeps its connections and answers nothing, as a stuck server does. */
    void freeze(String id);

    void thaw(String id);

    /** Adds the fault to every proxy of a link group. */
    void degrade(String group, LinkFault fault);

    void healLink(String group, LinkFault.Kind kind);

    /** Each link group with its proxies and active fault kinds, for {@code status}. */
    Map<String, Object> linkView();

    /** Stops everything: gateway first, stores last. */
    void stopAll();
}
