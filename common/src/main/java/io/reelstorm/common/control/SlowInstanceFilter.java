package io.reelstorm.common.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies {@link SlowInstance} to {@code /api/**} requests (virtual threads make the wait cheap). */
public class SlowInstanceFilter extends OncePerRequestFilter {

    private final SlowInstance slowInstance;

    public SlowInstanceFilter(SlowInstance slowInstance) {
        this.slowInstance = slowInstance;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration delay = slowInstance.delay();
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
