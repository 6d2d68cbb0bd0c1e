/**
 * The words of the map's controls in the language shown: MapLibre's own (its zoom buttons' tooltips,
 * the scale bar's units, the credits' toggle), as the map option `locale` takes them, and our
 * reset button's. MapLibre reads a control's words when the control is added (the scale bar's unit
 * at every move), so the map sets them and adds its controls again when the language changes.
 */
import { defineMessages, type Translate } from '../model/words/message.ts';

const WORDS = defineMessages({
  zoomIn: { id: 'map.control.zoomIn', defaultMessage: 'Zoom in', description: 'Tooltip of the map’s + button' },
  zoomOut: { id: 'map.control.zoomOut', defaultMessage: 'Zoom out', description: 'Tooltip of the map’s − button' },
  resetBearing: {
    id: 'map.control.resetBearing',
    defaultMessage: 'Drag to rotate map, click to reset north',
    description: 'Tooltip of the map’s compass button',
  },
  toggleAttribution: { id: 'map.control.toggleAttribution', defaultMessage: 'Show or hide the map’s credits', description: 'Tooltip of the button that opens the credit line on a narrow map' },
  kilometres: { id: 'map.scale.kilometres', defaultMessage: 'km', description: 'The unit on the map’s scale bar, after a number: “50 km”, as the language abbreviates kilometres' },
  metres: { id: 'map.scale.metres', defaultMessage: 'm', description: 'The unit on the map’s scale bar, after a number: “500 m”, as the language abbreviates metres' },
  resetView: { id: 'map.control.resetView', defaultMessage: 'Reset view', description: 'Tooltip of the map’s home button (a house sign), which frames the whole region again' },
  resetViewLabel: {
    id: 'map.control.resetView.label',
    defaultMessage: 'Reset view: show the whole region again',
    description: 'What a screen reader says of the map’s home button',
  },
});

/** MapLibre's strings that the atlas's controls show (keys of MapLibre 6's default locale), in the language of `translate`. */
export function mapLibreLocale(translate: Translate): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': translate(WORDS.zoomIn),
    'NavigationControl.ZoomOut': translate(WORDS.zoomOut),
    'NavigationControl.ResetBearing': translate(WORDS.resetBearing),
    'AttributionControl.ToggleAttribution': translate(WORDS.toggleAttribution),
    'ScaleControl.Kilometers': translate(WORDS.kilometres),
    'ScaleControl.Meters': translate(WORDS.metres),
  };
}

/** The reset button's tooltip and its name for a screen reader. */
export const resetViewWords = (translate: Translate) => ({ title: translate(WORDS.resetView), label: translate(WORDS.resetViewLabel) });
