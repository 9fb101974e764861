// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Progress.hpp>

#include <algorithm>

namespace lupa {

NullProgress& NullProgress::instance() {
    static NullProgress sink;
    return sink;
}

SubProgress::SubProgress(ProgressSink& parent, double begin, double end)
    : m_parent(parent)
    , m_begin(std::clamp(begin, 0.0, 1.0))
    , m_end(std::clamp(end, m_begin, 1.0)) {}

void SubProgress::report(double fraction, std::string_view stage) {
    m_parent.report(m_begin + (m_end - m_begin) * std::clamp(fraction, 0.0, 1.0), stage);
}

} // namespace lupa
