// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "WorkspaceRegistry.hpp"

#include <algorithm>

namespace lupa::app {

WorkspaceRegistry& WorkspaceRegistry::instance() {
    static WorkspaceRegistry registry;
    return registry;
}

void WorkspaceRegistry::add(Entry entry) {
    const bool known = std::any_of(m_entries.begin(), m_entries.end(),
                                   [&](const Entry& existing) { return existing.id == entry.id; });
    if (!known)
        m_entries.push_back(std::move(entry));
}

std::vector<WorkspaceRegistry::Entry> WorkspaceRegistry::entries() const {
    std::vector<Entry> sorted = m_entries;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Entry& a, const Entry& b) { return a.order < b.order; });
    return sorted;
}

} // namespace lupa::app
