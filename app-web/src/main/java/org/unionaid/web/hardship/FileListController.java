package org.unionaid.web.hardship;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unionaid.domain.hardship.FileFilter;
import org.unionaid.domain.hardship.FileRegistration;
import org.unionaid.domain.hardship.FileStatus;
import org.unionaid.domain.hardship.HardshipCategory;
import org.unionaid.domain.hardship.HardshipCause;
import org.unionaid.domain.hardship.Need;
import org.unionaid.domain.security.Actor;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.web.shared.PageLinks;
import org.unionaid.web.shared.PageReads;
import org.unionaid.domain.shared.Refusal;
import org.unionaid.domain.shared.TextRules;

/** The list of hardship-worker files (困难职工档案) in reach, filtered, sorted and paged. */
@Controller
@RequestMapping("/files")
class FileListController {

    private final FileRegistration registration;
    private final PageReads reads;

    FileListController(FileRegistration registration, PageReads reads) {
        this.registration = registration;
        this.reads = reads;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String name,
            @RequestParam(required = false) String person, @RequestParam(required = false) FileStatus status,
            @RequestParam(required = false) HardshipCategory category, @RequestParam(required = false) HardshipCause cause,
            @RequestParam(required = false) Need need, @RequestParam(required = false) Long union,
            @RequestParam(defaultValue = "false") boolean ready,
            @PageableDefault(size = 20) Pageable pageable, Model model) {
        // R-PRIV-04: a name longer than any name is refused next to the field, not searched for.
        Optional<Refusal> tooLong = TextRules.fits(name, TextRules.PERSON_NAME);
        if (tooLong.isPresent()) {
            model.addAttribute("nameError", tooLong.get());
            name = null;
        }
        FileFilter filter = new FileFilter(name, person, status, category, cause, need, union, ready);
        Sort.Order order = pageable.getSort().stream().filter(o -> FileFilter.SORTABLE.contains(o.getProperty()))
                .findFirst().orElse(Sort.Order.desc("createdAt"));
        reads.run(() -> {
            model.addAttribute("page", registration.search(actor, filter,
                    PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(order))));
            model.addAttribute("unionOptions", UnionFilterOptions.html(registration.unionsInReach(actor), union));
        });
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("name", name);
        filters.put("person", filter.hasPersonKey() ? person : null);
        filters.put("status", status);
        filters.put("category", category);
        filters.put("cause", cause);
        filters.put("need", need);
        filters.put("union", union);
        filters.put("ready", ready ? Boolean.TRUE : null);
        model.addAllAttributes(filters);
        String filterQuery = PageLinks.filterQuery(filters);
        String sort = order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT);
        model.addAttribute("sort", sort);
        model.addAttribute("sortProperty", order.getProperty());
        model.addAttribute("sortAscending", order.isAscending());
        // Column headers sort with the filters kept; paging keeps the filters and the order.
        model.addAttribute("sortQuery", filterQuery);
        model.addAttribute("filterQuery", filterQuery + "&sort=" + sort);
        return "files/list";
    }

    /**
     * The filter form posts here so that a typed ID number travels in a request body only; the
     * list is then shown for the person's blind-index key.
     */
    @PostMapping("/find")
    String find(@RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) FileStatus status, @RequestParam(required = false) HardshipCategory category,
            @RequestParam(required = false) HardshipCause cause, @RequestParam(required = false) Need need,
            @RequestParam(required = false) Long union, @RequestParam(defaultValue = "false") boolean ready,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String person,
            RedirectAttributes redirect) {
        if (name != null && !name.isBlank()) {
            redirect.addAttribute("name", name.strip());
        }
        Map<String, Object> coded = new LinkedHashMap<>();
        coded.put("status", status);
        coded.put("category", category);
        coded.put("cause", cause);
        coded.put("need", need);
        coded.put("union", union);
        coded.put("ready", ready ? Boolean.TRUE : null);
        coded.put("sort", sort == null || sort.isBlank() ? null : sort);
        coded.forEach((key, value) -> {
            if (value != null) {
                redirect.addAttribute(key, value);
            }
        });
        if (idNumber != null && !idNumber.isBlank()) {
            try {
                redirect.addAttribute("person", registration.personKey(idNumber));
            } catch (DomainException refusal) {
                redirect.addFlashAttribute("filterError", refusal.messageKey());
            }
        } else if (new FileFilter(null, person, null).hasPersonKey()) {
            // The person filter already in force stays while other filters change.
            redirect.addAttribute("person", person);
        }
        return "redirect:/files";
    }
}
