package io.reelstorm.common.control;

import io.reelstorm.common.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@link ControlToken} for the servlet services: a change without the token is a 401 problem. */
public class ControlTokenFilter extends OncePerRequestFilter {

    private final ControlToken token;

    public ControlTokenFilter(ControlToken token) {
        this.token = token;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !token.guards(request.getMethod(), request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token.accepts(request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        ProblemType type = ProblemType.UNAUTHORIZED;
        response.setStatus(type.status().value());
        response.setHeader("WWW-Authenticate", "Bearer realm=\"reelstorm-control\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title()
                + "\",\"status\":401,\"detail\":\"Changing the control surface needs the launcher's token.\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
