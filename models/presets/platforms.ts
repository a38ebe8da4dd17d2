/**
 * The three platforms of the sources (docs/sources.md#platforms). The sources say how they
 * differ (WeChat the most open, Douyin algorithmic with 8 free pushes a month and rationed
 * follower reach, Kuaishou the private-domain leader with loyal fans); apart from Douyin's 8
 * pushes, the numbers are ours.
 */
import type { Preset } from './preset.ts';

export const PLATFORM_PRESETS = [
  {
    id: 'wechat',
    family: 'platform',
    label: { en: 'WeChat', zh: '微信' },
    description: {
      en: 'From the sources (docs/sources.md#wechat): the most open platform (moments, groups, one-to-one chat, official accounts, mini-programs; WeCom is the sanctioned channel), but not an algorithmic feed. '
        + 'Assumptions: many pushes allowed (60 a month), 60% of followers see a push, adding a friend is common (DM rate 0.02 a day), '
        + 'little free public reach (5,000 impressions a day) and a weak flywheel (+1% of organic reach per 1% of the market that are active fans, ceiling 2×).',
      zh: '资料（docs/sources.md#wechat）：最开放的平台（朋友圈、群、一对一聊天、公众号、小程序；企业微信为官方渠道），但不是算法推荐流。'
        + '假设：推送上限高（每月 60 次）、60% 粉丝能看到推送、加好友常见（私信率每天 0.02）、公域免费曝光少（每天 5,000 次）、反哺弱（活跃粉丝每占市场 1%，自然曝光增加 1%，上限 2 倍）。',
    },
    overrides: {
      pushCapMonthly: 60,
      followerReach: 0.6,
      dmRate: 0.02,
      organicImpressionsDaily: 5_000,
      flywheelStrength: 1,
      flywheelCap: 2,
    },
  },
  {
    id: 'douyin',
    family: 'platform',
    label: { en: 'Douyin', zh: '抖音' },
    description: {
      en: 'From the sources (docs/sources.md#douyin): the benchmark of algorithmic public-domain traffic; followers get 8 free pushes a month; even with millions of fans a video is not shown to most of them; active groups boost new videos. '
        + 'Assumptions: 30% of followers see a push, high free reach (50,000 impressions a day), flywheel +5% of organic reach per 1% of the market that are active fans, up to 5×.',
      zh: '资料（docs/sources.md#douyin）：算法公域流量的标杆；每月可向粉丝免费推送 8 次；即使百万粉丝，视频也不会推给大多数粉丝；活跃粉丝群为新视频带来冷启动加成。'
        + '假设：30% 粉丝能看到推送、公域免费曝光高（每天 50,000 次）、反哺为活跃粉丝每占市场 1%，自然曝光增加 5%，上限 5 倍。',
    },
    overrides: {
      pushCapMonthly: 8,
      followerReach: 0.3,
      organicImpressionsDaily: 50_000,
      flywheelStrength: 5,
      flywheelCap: 5,
    },
  },
  {
    id: 'kuaishou',
    family: 'platform',
    label: { en: 'Kuaishou', zh: '快手' },
    description: {
      en: 'From the sources (docs/sources.md#kuaishou): the private-domain leader; fans are loyal to creators ("family" culture); since 2021 it pursues public and private traffic both. '
        + 'Assumptions: 50% of followers see a push, 30 pushes a month, half the unfollow rate (0.001 a day), touches build trust faster (gain 0.07), '
        + 'medium free reach (20,000 impressions a day) and flywheel (+3% of organic reach per 1% of the market that are active fans).',
      zh: '资料（docs/sources.md#kuaishou）：私域领先者；粉丝忠于主播（"家人"文化）；2021 年起公私域并重。'
        + '假设：50% 粉丝能看到推送、每月 30 次推送、取关率减半（每天 0.001）、触达建立信任更快（增益 0.07）、公域免费曝光中等（每天 20,000 次）、反哺中等（活跃粉丝每占市场 1%，自然曝光增加 3%）。',
    },
    overrides: {
      followerReach: 0.5,
      pushCapMonthly: 30,
      unfollowRate: 0.001,
      trustGain: 0.07,
      organicImpressionsDaily: 20_000,
      flywheelStrength: 3,
    },
  },
] as const satisfies readonly Preset[];
