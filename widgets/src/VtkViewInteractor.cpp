// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "VtkViewInteractor.hpp"

#include <QTimer>
#include <vtkCommand.h>
#include <vtkObjectFactory.h>

namespace lupa::widgets {

vtkStandardNewMacro(VtkViewInteractor);

VtkViewInteractor::VtkViewInteractor() = default;

VtkViewInteractor::~VtkViewInteractor() = default;

void VtkViewInteractor::Render() {
    if (m_renderRequest && Enabled && EnableRender)
        m_renderRequest();
    InvokeEvent(vtkCommand::RenderEvent, nullptr);
}

int VtkViewInteractor::InternalCreateTimer(int /*timerId*/, int timerType, unsigned long duration) {
    const int platformTimerId = m_nextTimerId++;
    auto timer = std::make_unique<QTimer>();
    timer->setSingleShot(timerType == OneShotTimer);
    timer->setInterval(static_cast<int>(duration));
    QObject::connect(timer.get(), &QTimer::timeout, [this, platformTimerId] { onTimeout(platformTimerId); });
    timer->start();
    m_timers.emplace(platformTimerId, std::move(timer));
    return platformTimerId;
}

int VtkViewInteractor::InternalDestroyTimer(int platformTimerId) {
    const auto found = m_timers.find(platformTimerId);
    if (found == m_timers.end())
        return 0;
    // The timer may be the one whose timeout is running right now: let Qt delete it afterwards.
    found->second->stop();
    found->second.release()->deleteLater();
    m_timers.erase(found);
    return 1;
}

void VtkViewInteractor::onTimeout(int platformTimerId) {
    int timerId = GetVTKTimerId(platformTimerId);
    if (timerId != 0)
        InvokeEvent(vtkCommand::TimerEvent, &timerId);
}

} // namespace lupa::widgets
