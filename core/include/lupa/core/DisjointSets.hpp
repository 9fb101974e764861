// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace lupa {

/// Union-find (disjoint-set forest) over the ids 0..size()-1 with path halving; a joined set is
/// represented by its smallest id, so roots are deterministic.
class DisjointSets {
public:
    explicit DisjointSets(std::size_t n = 0)
        : m_parent(n) {
        std::iota(m_parent.begin(), m_parent.end(), std::uint32_t{0});
    }

    /// Adds a new singleton set and returns its id.
    std::uint32_t add() {
        m_parent.push_back(static_cast<std::uint32_t>(m_parent.size()));
        return m_parent.back();
    }

    /// The representative (smallest id) of the set holding `x`.
    std::uint32_t find(std::uint32_t x) {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }

    /// Joins the sets holding `a` and `b`.
    void join(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

    [[nodiscard]] std::size_t size() const { return m_parent.size(); }

private:
    std::vector<std::uint32_t> m_parent;
};

} // namespace lupa
