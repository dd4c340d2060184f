// The organ a resolution or decision belongs to, as its clause names it
// ("Security Council resolution …", "Resolution 23/5 des Menschenrechtsrats").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "refs/reference.hpp"

namespace unxref {

struct OrganHint {
    Organ organ = Organ::unknown;
    bool foreign = false;  // another body named (Environment Assembly, Executive Board, …): not a UN organ we number
    std::size_t end = 0;   // organ_after: where the organ's name ends (a date may follow: "… des Rates vom 25. Juli 2013")
    // "Council" alone ("also welcomes Council resolutions 52/28"), or a council carried from the
    // sentence: this organ's id first, the number's own form when it gives none
    bool bare_council = false;
    // the last of two organs joined before a bracket ("the Security Council and the Economic and
    // Social Council [resolutions 1991 A and B (XVIII)]"): the number's own form first, this
    // organ's id when it gives none ("by the Commission on Human Rights and the Economic and
    // Social Council [resolution 1503 (XLVIII)]")
    bool form_first = false;
    bool found() const { return organ != Organ::unknown || foreign; }
};

// The organ named right before a citation keyword ("Human Rights Council resolution",
// "the Council in its resolution").
OrganHint organ_before(std::string_view text, std::size_t keyword_begin);

// Where a document names a council in full (Human Rights Council, Security Council, Economic
// and Social Council, in the languages of organ names), a line break or several spaces
// standing for a space ("Human Rights \nCouncil"). Found once per document, when a bare
// "Council" first needs it: looking back through the text at each one cost 5% of the speeches.
class CouncilMentions {
public:
    explicit CouncilMentions(std::string_view text);
    // The council a bare "Council" at `pos` refers back to where it is not the document's own:
    // the one named last within `window` bytes before it ("Human Rights Council resolutions
    // 34/24 … and also welcomes Council resolutions 52/28"); Organ::unknown when that is
    // another body's council (the Trusteeship Council, the Governing Council of UNEP, the
    // African Union's Peace and Security Council); nothing when none is named there.
    std::optional<Organ> named_before(std::size_t pos, std::size_t window = 1500) const;

private:
    struct Mention {
        std::size_t begin, end;
        Organ organ;
    };
    std::vector<Mention> mentions_;  // by begin
};

// The organ named right after a number ("of the Economic and Social Council",
// "des Wirtschafts- und Sozialrats", "du Conseil de sécurité", "del Consejo de Seguridad").
OrganHint organ_after(std::string_view text, std::size_t pos);

// The organ whose documents carry this symbol prefix (A/HRC/… -> HRC, S/… -> SC).
Organ organ_of_symbol(std::string_view symbol);

}  // namespace unxref
