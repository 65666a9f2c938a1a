package io.reelstorm.infra.admin;

import io.reelstorm.common.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code /admin/**} needs {@code Authorization: Bearer <token>}; anything else is a 401 problem. */
class AdminTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final AdminToken token;

    AdminTokenFilter(AdminToken token) {
        this.token = token;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX) && token.matches(header.substring(PREFIX.length()).trim())) {
            chain.doFilter(request, response);
            return;
        }
        ProblemType type = ProblemType.UNAUTHORIZED;
        response.setStatus(type.status().value());
        response.setHeader("WWW-Authenticate", "Bearer realm=\"reelstorm-admin\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title()
                + "\",\"status\":401,\"detail\":\"Send Authorization: Bearer <token>; ./reelstorm up writes the token to run/admin-token.\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
