// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Error.hpp>

#include <stdexcept>
#include <utility>
#include <variant>

namespace lupa {

/// Thrown by Result::value() when the result holds an error; carries that error.
class BadResultAccess : public std::runtime_error {
public:
    explicit BadResultAccess(Error error)
        : std::runtime_error(error.describe())
        , m_error(std::move(error)) {}
    [[nodiscard]] const Error& error() const noexcept { return m_error; }

private:
    Error m_error;
};

/// Either a value of type T or an Error. The return type of every operation that can fail.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {} // NOLINT: implicit on purpose
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error)) {} // NOLINT: implicit on purpose

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    /// The value; throws BadResultAccess when this holds an error.
    T& value() & {
        check();
        return std::get<0>(m_state);
    }
    const T& value() const& {
        check();
        return std::get<0>(m_state);
    }
    T&& value() && {
        check();
        return std::get<0>(std::move(m_state));
    }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    /// The error; only valid when !ok().
    [[nodiscard]] const Error& error() const& { return std::get<1>(m_state); }
    [[nodiscard]] Error&& error() && { return std::get<1>(std::move(m_state)); }

    template <typename U>
    [[nodiscard]] T valueOr(U&& fallback) const& {
        return ok() ? std::get<0>(m_state) : static_cast<T>(std::forward<U>(fallback));
    }

private:
    void check() const {
        if (!ok())
            throw BadResultAccess(std::get<1>(m_state));
    }
    std::variant<T, Error> m_state;
};

/// Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false) {} // NOLINT: implicit on purpose

    [[nodiscard]] bool ok() const noexcept { return m_ok; }
    explicit operator bool() const noexcept { return m_ok; }
    void value() const {
        if (!m_ok)
            throw BadResultAccess(m_error);
    }
    [[nodiscard]] const Error& error() const& { return m_error; }
    [[nodiscard]] Error&& error() && { return std::move(m_error); }

private:
    Error m_error;
    bool m_ok = true;
};

/// Success of a Result<void>.
inline Result<void> success() {
    return {};
}

} // namespace lupa

/// Evaluates a Result-returning expression and returns its error from the enclosing function on failure.
/// The helper variable gets a unique name, so LUPA_TRY may nest (a lambda with LUPA_TRY inside the
/// expression of another).
#define LUPA_TRY(expr) LUPA_TRY_NAMED(expr, LUPA_TRY_CONCAT(lupaTryResult, __COUNTER__))
#define LUPA_TRY_CONCAT_INNER(a, b) a##b
#define LUPA_TRY_CONCAT(a, b) LUPA_TRY_CONCAT_INNER(a, b)
#define LUPA_TRY_NAMED(expr, name)                                                                           \
    do {                                                                                                     \
        auto name = (expr);                                                                                  \
        if (!name.ok())                                                                                      \
            return std::move(name).error();                                                                  \
    } while (false)
