#pragma once

#include "base/Settings.h"

#include <QStringList>

namespace lectern::ProgressSetting {

// The daily reminder that cards are due: off unless the student turns it on.
inline const SettingKey<bool> ReminderEnabled{"study/reminderEnabled", false};
// Local time of day, "HH:mm".
inline const SettingKey<QString> ReminderTime{"study/reminderTime", QStringLiteral("18:00")};
// Keys of the achievements the student was already told about on this device. Absent until the
// first announcement (see unannouncedAchievements()).
inline const SettingKey<QStringList> AnnouncedAchievements{"study/announcedAchievements", QStringList()};

} // namespace lectern::ProgressSetting
