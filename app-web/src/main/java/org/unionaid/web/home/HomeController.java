package org.unionaid.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.unionaid.domain.security.Actor;

/** The home dashboard: what the signed-in user's roles look after, in the user's own subtree. */
@Controller
class HomeController {

    private final Dashboard dashboard;

    HomeController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("dashboard", dashboard.of(actor));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
